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

/// `text` read as a value of `type` (uint256, int256, bool, address, bytes32 or bytes) by
/// forge's rules (alloy's DynSolType::coerce_str, then forge's lenient fallback), ABI-encoded
/// as one return value. On failure nullopt, with `why` = `failed parsing "text" as type `T`:
/// <detail>` (forge's words up to the detail, which is Mallory's own).
std::optional<vm::Bytes> parse_forge_value(std::string_view type, std::string_view text,
                                           std::string& why);

} // namespace mallory::chain::foundry
