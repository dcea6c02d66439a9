#pragma once
// The Ethereum ABI as the Foundry layer and the command line need it: signatures parsed from
// text ("transfer(address,uint256)"), arguments encoded from text by their types, and words
// decoded back into values a developer reads (text) or a tool reads (JSON: integers as decimal
// strings, addresses and bytes as 0x-hex). Value types, `string`, `bytes` and arrays of value
// types; no tuples (the language has no struct parameters in external functions).

#include "vm/code.hpp"
#include "vm/state.hpp"
#include "vm/types.hpp"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mallory::chain::foundry {

using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::U256;

/// A function or event signature split into its name and canonical parameter types.
struct Signature {
    std::string name;
    std::vector<std::string> types;
    /// "name(t1,t2)" with canonical types (uint -> uint256).
    [[nodiscard]] std::string canonical() const;
};

/// Parses "f(uint256,address)" (spaces allowed, `uint`/`int` widened, parameter names after a
/// type ignored). Returns nullopt with `why` set on malformed text or an unknown type.
std::optional<Signature> parse_signature(std::string_view text, std::string* why = nullptr);

/// True for the types encode/decode understand.
bool is_supported_type(std::string_view type);

/// Resolves a name (a dev account, a label) to an address for `address` arguments.
using AddressResolver = std::function<std::optional<Address>(std::string_view)>;

/// Parses an address: 0x + 40 hex digits (any case), else the resolver's answer.
std::optional<Address> parse_address(std::string_view text, const AddressResolver& resolve = {});

/// Parses an amount: decimal or 0x-hex, optionally followed by a unit (wei, gwei, ether).
std::optional<U256> parse_amount(std::string_view text);

/// ABI-encodes `args` (text, one per type) as the arguments of a call. On a bad argument
/// returns nullopt with `error` = "argument 2: expected uint256, got 'abc'" (1-based).
std::optional<Bytes> encode_arguments(const std::vector<std::string>& types,
                                      const std::vector<std::string>& args,
                                      const AddressResolver& resolve, std::string& error);

/// Names an address in human output ("alice: [0x...]" for labels), or nullptr for checksums.
using AddressNamer = std::function<std::string(const Address&)>;

/// One decoded value.
struct Value {
    std::string type;
    std::string text;    ///< 123, 0xAbC... (checksummed), true, "text", 0x1234, [1, 2]
    nlohmann::json json; ///< "123", "0xabc...", true, "text", "0x1234", ["1","2"]
};

/// Decodes values of `types` from ABI-encoded `data` (head/tail layout). Returns nullopt when
/// the data are too short or malformed.
std::optional<std::vector<Value>> decode_values(const std::vector<std::string>& types,
                                                BytesView data, const AddressNamer& namer = {});

/// The arguments of a cheatcode that takes `count` strings (vm.parseUint(string),
/// vm.readFile(string), ...), or nullopt when `data` does not hold them.
std::optional<std::vector<std::string>> decode_strings(std::size_t count, BytesView data);

/// A word (a topic) decoded as a value of `type`; dynamic types show the hash they were
/// indexed by.
Value decode_word(const std::string& type, const U256& word, const AddressNamer& namer = {});

/// Solidity's Error(string) revert data for `message`.
Bytes encode_error(std::string_view message);

/// The ABI encoding's building blocks: one word, and bytes as their length followed by them
/// padded with zeros to a multiple of 32.
void append_word(Bytes& out, const U256& w);
void append_padded(Bytes& out, BytesView data);

/// EIP-55 checksummed 0x-hex.
std::string checksum(const Address& a);
/// Lower-case 0x-hex of 20 bytes.
std::string address_hex(const Address& a);

/// A decoded event: the ABI entry of its emitter that matches topic 0 and its arguments.
struct DecodedEvent {
    std::string name;               ///< "Transfer", or "<unknown>" with raw topics/data
    std::vector<std::string> names; ///< parameter names if known, else empty strings
    std::vector<Value> args;
    /// "Transfer(from: 0x.., to: 0x.., amount: 5)" (names omitted when unknown).
    [[nodiscard]] std::string text() const;
};

/// Parameter names by canonical signature (events, errors and function inputs), which the
/// ABI itself does not carry; optional, from the compiler's AST.
using ParamNames = std::unordered_map<std::string, std::vector<std::string>>;

/// Decodes a log with the ABI of the contract that emitted it (nullptr: unknown code), else
/// with the first of `others` that declares its topic 0: code run by delegatecall (a library's
/// or an implementation's) emits from the caller's address events the caller does not declare.
DecodedEvent decode_event(const vm::Log& log, const vm::ContractCode* emitter,
                          const ParamNames* names = nullptr, const AddressNamer& namer = {},
                          const std::vector<const vm::ContractCode*>& others = {});

/// The revert reason as one line: Error(string) gives the string, Panic(uint256) "panic 0x11
/// (arithmetic overflow or underflow)", a custom error found in one of `abis` its name and
/// arguments ("NotOwner(caller: 0x...)"), empty data "reverted without a reason".
std::string revert_reason(BytesView data, const std::vector<const vm::ContractCode*>& abis = {},
                          const ParamNames* names = nullptr, const AddressNamer& namer = {});

} // namespace mallory::chain::foundry
