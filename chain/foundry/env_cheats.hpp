#pragma once
// Foundry's environment cheatcodes (vm.envUint("KEY"), vm.envOr("KEY", default), ...): how a
// deployment script reads a private key or an address without writing it into the source.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

/// The value of one environment variable, or nullopt when it is not set.
using EnvLookup = std::optional<std::string> (*)(std::string_view name);

/// The process environment (std::getenv).
std::optional<std::string> process_env(std::string_view name);

/// The answer of env cheatcode `sig` ("envUint(string)", "envOr(string,address)", ...) called
/// with ABI arguments `args`: the value read as the type the signature returns, ABI-encoded.
/// A missing variable without a default, or text that is not a value of that type, is an
/// error (`error` says which, and the result is nullopt). nullopt with `error` empty: `sig` is
/// not an env cheatcode.
std::optional<vm::Bytes> env_cheat(std::string_view sig, vm::BytesView args, EnvLookup lookup,
                                   std::string& error);

/// Whether `sig` is one of them.
bool is_env_cheat(std::string_view sig);

/// The signature of the env cheatcode with `selector`, or nullopt: the one list of them.
std::optional<std::string_view> env_cheat_signature(std::array<std::uint8_t, 4> selector);

} // namespace mallory::chain::foundry
