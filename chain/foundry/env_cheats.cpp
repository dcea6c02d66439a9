#include "chain/foundry/env_cheats.hpp"

#include "chain/foundry/abi.hpp"
#include "vm/keccak.hpp"

#include <array>
#include <cstdlib>
#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

/// Each env cheatcode and the Solidity type it reads the text as.
struct EnvCheat {
    std::string_view signature;
    std::string_view type;
};
constexpr std::array<EnvCheat, 14> kEnvCheats{{
    {"envUint(string)", "uint256"},
    {"envInt(string)", "int256"},
    {"envAddress(string)", "address"},
    {"envBool(string)", "bool"},
    {"envBytes32(string)", "bytes32"},
    {"envString(string)", "string"},
    {"envBytes(string)", "bytes"},
    {"envOr(string,uint256)", "uint256"},
    {"envOr(string,int256)", "int256"},
    {"envOr(string,address)", "address"},
    {"envOr(string,bool)", "bool"},
    {"envOr(string,bytes32)", "bytes32"},
    {"envOr(string,string)", "string"},
    {"envOr(string,bytes)", "bytes"},
}};

const EnvCheat* find(std::string_view sig) {
    for (const EnvCheat& c : kEnvCheats)
        if (c.signature == sig) return &c;
    return nullptr;
}

} // namespace

std::optional<std::string> process_env(std::string_view name) {
    const char* v = std::getenv(std::string(name).c_str());
    if (!v) return std::nullopt;
    return std::string(v);
}

bool is_env_cheat(std::string_view sig) {
    return find(sig) != nullptr;
}

std::optional<std::string_view> env_cheat_signature(std::array<std::uint8_t, 4> selector) {
    for (const EnvCheat& c : kEnvCheats)
        if (vm::selector_of(c.signature) == selector) return c.signature;
    return std::nullopt;
}

std::optional<vm::Bytes> env_cheat(std::string_view sig, vm::BytesView args, EnvLookup lookup,
                                   std::string& error) {
    error.clear();
    const EnvCheat* c = find(sig);
    if (!c) return std::nullopt;
    const bool has_default = sig.starts_with("envOr");
    const std::string type(c->type);
    const auto decoded = decode_values(has_default ? std::vector<std::string>{"string", type}
                                                   : std::vector{std::string("string")},
                                       args);
    if (!decoded) {
        error = fmt::format("vm.{}: malformed arguments", sig);
        return std::nullopt;
    }
    const std::string name = (*decoded)[0].json.get<std::string>();
    const std::optional<std::string> text = lookup(name);
    if (!text) {
        if (has_default) { // the default, as given: the second argument re-encoded alone
            std::vector<std::string> value{(*decoded)[1].json.is_string()
                                               ? (*decoded)[1].json.get<std::string>()
                                               : (*decoded)[1].json.dump()};
            return encode_arguments({type}, value, {}, error);
        }
        error = fmt::format("vm.{}: environment variable \"{}\" not found", sig, name);
        return std::nullopt;
    }
    std::string why;
    auto out = encode_arguments({type}, {*text}, {}, why);
    if (!out)
        error = fmt::format("vm.{}: environment variable \"{}\" is not a {} ('{}')", sig, name,
                            type, *text);
    return out;
}

} // namespace mallory::chain::foundry
