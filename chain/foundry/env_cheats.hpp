#pragma once
// Foundry's environment cheatcodes (vm.envUint("KEY"), vm.envUint("KEYS", ","),
// vm.envOr("KEY", default), vm.envExists("KEY"), vm.setEnv("KEY", "value"), ...): how a
// deployment script reads a private key or an address without writing it into the source.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

/// The value of one environment variable, or nullopt when it is not set.
using EnvLookup = std::optional<std::string> (*)(std::string_view name);

/// The process environment (std::getenv).
std::optional<std::string> process_env(std::string_view name);

/// What the env cheatcodes read: the variables vm.setEnv set in this session, then `base` (the
/// process environment). forge's vm.setEnv calls setenv; Mallory's writes only here, so that a
/// test's variables cannot leak into another test, race with one, or outlive the run.
class Environment {
public:
    explicit Environment(EnvLookup base = process_env) noexcept : m_base(base) {}
    /// The variable's value, a set one first; nullopt when it is set nowhere.
    [[nodiscard]] std::optional<std::string> get(std::string_view name) const;
    /// Sets `name` for this session (the caller checked it as vm.setEnv does).
    void set(std::string name, std::string value) { m_set[std::move(name)] = std::move(value); }

private:
    EnvLookup m_base;
    std::map<std::string, std::string, std::less<>> m_set;
};

/// The answer of env cheatcode `sig` ("envUint(string)", "envUint(string,string)" with a
/// delimiter, "envOr(string,address)", ...) called with ABI arguments `args`: the variable read
/// as the type the signature returns by forge's parser (parse_forge_value, parse_forge_list:
/// "1.5 ether", "0x10", "TRUE" are read as vm.parseUint and vm.parseBool read them),
/// ABI-encoded. envOr answers its default when the variable is unset or not of that type. Else
/// those are errors with forge's messages (`vm.envUint: environment variable "KEY" not found`,
/// ``vm.envUint: failed parsing $KEY as type `uint256`: ...``), and the result is nullopt.
/// envExists answers whether the variable is set; setEnv sets it in `env` after forge's checks
/// of the name and value (`vm.setEnv: environment variable key can't be empty`, ...).
/// nullopt with `error` empty: `sig` is not an env cheatcode.
std::optional<vm::Bytes> env_cheat(std::string_view sig, vm::BytesView args, Environment& env,
                                   std::string& error);

/// The type env cheatcode `sig` returns ("uint256[]", "bool"), for traces; nullopt for setEnv,
/// which returns nothing, and for other signatures.
std::optional<std::string> env_cheat_returns(std::string_view sig);

/// Whether `sig` is one of them.
bool is_env_cheat(std::string_view sig);

/// The signature of the env cheatcode with `selector`, or nullopt: the one list of them.
std::optional<std::string_view> env_cheat_signature(std::array<std::uint8_t, 4> selector);

} // namespace mallory::chain::foundry
