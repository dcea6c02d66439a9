#include "chain/foundry/env_cheats.hpp"

#include "chain/foundry/abi.hpp"
#include "chain/foundry/string_cheats.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

/// What an env cheatcode does with the variable it names: read it as a type, say whether it is
/// set, or set it.
enum class EnvOp { Read, Exists, Set };

/// Each env cheatcode, the Solidity type it reads the text as (each element's, for a list) and
/// whether a delimiter follows the name (the answer is then `type[]`). The envOr ones take a
/// default last and answer it when the variable cannot be read.
struct EnvCheat {
    std::string_view signature;
    std::string_view type;
    bool list = false;
    EnvOp op = EnvOp::Read;
};
constexpr auto kEnvCheats = std::to_array<EnvCheat>({
    {"envExists(string)", "bool", false, EnvOp::Exists}, // name -- whether it is set
    {"setEnv(string,string)", "", false, EnvOp::Set},    // name value --
    {"envUint(string)", "uint256"},
    {"envInt(string)", "int256"},
    {"envAddress(string)", "address"},
    {"envBool(string)", "bool"},
    {"envBytes32(string)", "bytes32"},
    {"envString(string)", "string"},
    {"envBytes(string)", "bytes"},
    {"envUint(string,string)", "uint256", true},
    {"envInt(string,string)", "int256", true},
    {"envAddress(string,string)", "address", true},
    {"envBool(string,string)", "bool", true},
    {"envBytes32(string,string)", "bytes32", true},
    {"envString(string,string)", "string", true},
    {"envBytes(string,string)", "bytes", true},
    {"envOr(string,uint256)", "uint256"},
    {"envOr(string,int256)", "int256"},
    {"envOr(string,address)", "address"},
    {"envOr(string,bool)", "bool"},
    {"envOr(string,bytes32)", "bytes32"},
    {"envOr(string,string)", "string"},
    {"envOr(string,bytes)", "bytes"},
    {"envOr(string,string,uint256[])", "uint256", true},
    {"envOr(string,string,int256[])", "int256", true},
    {"envOr(string,string,address[])", "address", true},
    {"envOr(string,string,bool[])", "bool", true},
    {"envOr(string,string,bytes32[])", "bytes32", true},
    {"envOr(string,string,string[])", "string", true},
    {"envOr(string,string,bytes[])", "bytes", true},
});

const EnvCheat* find(std::string_view sig) {
    for (const EnvCheat& c : kEnvCheats)
        if (c.signature == sig) return &c;
    return nullptr;
}

bool has_default(const EnvCheat& c) {
    return c.signature.starts_with("envOr(");
}

/// The ABI types of the cheat's parameters: the name, the delimiter, the default (setEnv: the
/// name and the value).
std::vector<std::string> parameter_types(const EnvCheat& c) {
    if (c.op == EnvOp::Set) return {"string", "string"};
    std::vector<std::string> types{"string"};
    if (c.list) types.emplace_back("string");
    if (has_default(c)) types.push_back(std::string(c.type) + (c.list ? "[]" : ""));
    return types;
}

/// The word at byte `at` of `data` as a size, or nullopt past the end or above 2^32.
std::optional<std::size_t> size_at(vm::BytesView data, std::size_t at) {
    if (at > data.size() || data.size() - at < 32) return std::nullopt;
    const U256 w = vm::load_be(data.data() + at);
    if (!w.fits64() || w.low() > 0xFFFFFFFFu) return std::nullopt;
    return static_cast<std::size_t>(w.low());
}

std::size_t padded(std::size_t n) {
    return (n + 31) / 32 * 32;
}

/// Where the tail at `at` of a dynamic value ends: its length word and data for string and
/// bytes, its words for an array of static values, its elements' tails for string[] and bytes[].
std::optional<std::size_t> tail_end(vm::BytesView args, std::size_t at, const EnvCheat& c) {
    const bool dynamic_elements = c.type == "string" || c.type == "bytes";
    const auto n = size_at(args, at);
    if (!n) return std::nullopt;
    if (!c.list) return at + 32 + padded(*n);
    if (!dynamic_elements) return at + 32 + 32 * *n;
    std::size_t end = at + 32 + 32 * *n;
    for (std::size_t i = 0; i < *n; ++i) {
        const auto offset = size_at(args, at + 32 + 32 * i);
        const auto length = offset ? size_at(args, at + 32 + *offset) : std::nullopt;
        if (!length) return std::nullopt;
        end = std::max(end, at + 32 + *offset + 32 + padded(*length));
    }
    return end;
}

/// The default, the last argument, encoded alone as the one return value, as forge's
/// `default.abi_encode()`: a static value's word, or a dynamic value's tail behind an offset
/// of 32 (copied, so what the caller encoded is what it gets back).
std::optional<vm::Bytes> default_value(vm::BytesView args, const EnvCheat& c) {
    const std::size_t head = 32 * (parameter_types(c).size() - 1);
    const bool dynamic = c.list || c.type == "string" || c.type == "bytes";
    if (!dynamic) return vm::Bytes(args.begin() + head, args.begin() + head + 32);
    const auto at = size_at(args, head);
    const auto end = at ? tail_end(args, *at, c) : std::nullopt;
    if (!end || *end > args.size()) return std::nullopt;
    vm::Bytes out;
    append_word(out, U256{32});
    out.insert(out.end(), args.begin() + *at, args.begin() + *end);
    return out;
}

/// forge's map_env_err: the variable's text, which may be a private key, replaced in the
/// message by `$KEY` where the message quotes it whole, once. As in forge, a list's element
/// that is not the whole text, or text that Rust's quoting escapes, is shown as it is.
std::string hide_value(std::string message, std::string_view key, std::string_view text) {
    const std::string quoted = fmt::format("\"{}\"", text);
    if (const auto at = message.find(quoted); at != std::string::npos)
        message.replace(at, quoted.size(), fmt::format("${}", key));
    return message;
}

/// forge's env and env_array: the variable `key` read as the cheat's type through the parse*
/// cheats' parser (a list split at `delimiter`), or forge's error without the `vm.name: `.
std::optional<vm::Bytes> read_env(const EnvCheat& c, const std::string& key,
                                  std::string_view delimiter, const Environment& env,
                                  std::string& error) {
    const std::optional<std::string> text = env.get(key);
    if (!text) {
        error = fmt::format("environment variable {} not found", rust_debug(key));
        return std::nullopt;
    }
    auto out = c.list ? parse_forge_list(c.type, *text, delimiter, error)
                      : parse_forge_value(c.type, *text, error);
    if (!out) error = hide_value(error, key, *text);
    return out;
}

/// Why forge's vm.setEnv refuses `key` = `value` (what std::env::set_var cannot take), in its
/// words and order; nullopt when it accepts them.
std::optional<std::string_view> set_env_refusal(std::string_view key, std::string_view value) {
    if (key.empty()) return "environment variable key can't be empty";
    if (key.find('=') != std::string_view::npos)
        return "environment variable key can't contain equal sign `=`";
    if (key.find('\0') != std::string_view::npos)
        return "environment variable key can't contain NUL character `\\0`";
    if (value.find('\0') != std::string_view::npos)
        return "environment variable value can't contain NUL character `\\0`";
    return std::nullopt;
}

vm::Bytes bool_word(bool b) {
    vm::Bytes out;
    append_word(out, U256{b ? 1u : 0u});
    return out;
}

} // namespace

std::optional<std::string> Environment::get(std::string_view name) const {
    if (const auto it = m_set.find(name); it != m_set.end()) return it->second;
    return m_base(name);
}

std::optional<std::string> process_env(std::string_view name) {
    const char* v = std::getenv(std::string(name).c_str());
    if (!v) return std::nullopt;
    return std::string(v);
}

bool is_env_cheat(std::string_view sig) {
    return find(sig) != nullptr;
}

std::optional<std::string> env_cheat_returns(std::string_view sig) {
    const EnvCheat* c = find(sig);
    if (!c || c->op == EnvOp::Set) return std::nullopt;
    return std::string(c->type) + (c->list ? "[]" : "");
}

std::optional<std::string_view> env_cheat_signature(std::array<std::uint8_t, 4> selector) {
    for (const EnvCheat& c : kEnvCheats)
        if (vm::selector_of(c.signature) == selector) return c.signature;
    return std::nullopt;
}

std::optional<vm::Bytes> env_cheat(std::string_view sig, vm::BytesView args, Environment& env,
                                   std::string& error) {
    error.clear();
    const EnvCheat* c = find(sig);
    if (!c) return std::nullopt;
    // forge names the cheatcode without its parameters: "vm.envUint: ..."
    const std::string_view name = sig.substr(0, sig.find('('));
    const auto decoded = decode_values(parameter_types(*c), args);
    if (!decoded) {
        error = fmt::format("vm.{}: malformed arguments", name);
        return std::nullopt;
    }
    std::string key = (*decoded)[0].json.get<std::string>();
    if (c->op == EnvOp::Exists) return bool_word(env.get(key).has_value());
    if (c->op == EnvOp::Set) {
        std::string value = (*decoded)[1].json.get<std::string>();
        if (const auto refused = set_env_refusal(key, value)) {
            error = fmt::format("vm.{}: {}", name, *refused);
            return std::nullopt;
        }
        env.set(std::move(key), std::move(value));
        return vm::Bytes{};
    }
    const std::string delimiter = c->list ? (*decoded)[1].json.get<std::string>() : "";
    auto out = read_env(*c, key, delimiter, env, error);
    if (!out && has_default(*c)) { // forge: any failure to read it, a malformed value too
        out = default_value(args, *c);
        error = out ? "" : "malformed arguments";
    }
    if (!out) error = fmt::format("vm.{}: {}", name, error);
    return out;
}

} // namespace mallory::chain::foundry
