#pragma once
// Foundry's string cheatcodes (vm.parseUint("0x10"), vm.split("a,b", ","), vm.trim(" x "), ...):
// text read as a value the way forge reads it, and the few string operations Solidity lacks,
// with Rust's str semantics, since forge implements them with Rust's str.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

/// The answer of string cheatcode `sig` ("parseUint(string)", "split(string,string)", ...)
/// called with ABI arguments `args`, ABI-encoded as the signature returns it. Text a parse*
/// cheat cannot read is an error with forge's message (`vm.parseUint: failed parsing "abc" as
/// type `uint256`: ...`), and the result is nullopt. nullopt with `error` empty: `sig` is not a
/// string cheatcode.
std::optional<vm::Bytes> string_cheat(std::string_view sig, vm::BytesView args, std::string& error);

/// Whether `sig` is one of them.
bool is_string_cheat(std::string_view sig);

/// The type string cheatcode `sig` returns ("uint256", "string[]"), for traces, or nullopt.
std::optional<std::string_view> string_cheat_returns(std::string_view sig);

/// The signature of the string cheatcode with `selector`, or nullopt: the one list of them.
std::optional<std::string_view> string_cheat_signature(std::array<std::uint8_t, 4> selector);

/// `text` read as a value of `type` (uint256, int256, bool, address, bytes32, bytes or string)
/// by forge's rules (alloy's DynSolType::coerce_str, then forge's lenient fallback), ABI-encoded
/// as one return value. A string is the text inside one pair of surrounding quotes, else the
/// text with its trailing whitespace trimmed. On failure nullopt, with `why` = `failed parsing
/// "text" as type `T`: <detail>` (forge's words up to the detail, which is Mallory's own).
std::optional<vm::Bytes> parse_forge_value(std::string_view type, std::string_view text,
                                           std::string& why);

/// `text` read as a `type[]` the way forge's vm.envUint(name, delim) reads a variable: split at
/// `delimiter` (Rust's str::split: an empty one splits around every character), each piece
/// trimmed (str::trim) and read by parse_forge_value; an empty first piece makes the empty
/// array (forge's parse_array), so "" and ",5" are both []. ABI-encoded as one return value;
/// on failure nullopt with `why` from the first piece that failed.
std::optional<vm::Bytes> parse_forge_list(std::string_view type, std::string_view text,
                                          std::string_view delimiter, std::string& why);

/// How forge quotes text in its messages: Rust's `{:?}` of a str (quotes, backslashes and
/// control characters escaped: `"a\"b\n"`).
std::string rust_debug(std::string_view text);

} // namespace mallory::chain::foundry
