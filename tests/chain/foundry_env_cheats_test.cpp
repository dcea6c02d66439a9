// vm.env*: a variable read as the type the cheatcode returns through forge's parser (the one
// vm.parseUint uses), a list split at a delimiter, envOr's default when it cannot be read, and
// forge's errors naming the variable otherwise; vm.envExists, and vm.setEnv's variables, which
// the session keeps over the process environment.
#include "chain/foundry/abi.hpp"
#include "chain/foundry/env_cheats.hpp"
#include "vm/keccak.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

std::optional<std::string> fake_env(std::string_view name) {
    if (name == "N") return "0x10";
    if (name == "AMOUNT") return "1.5 ether";
    if (name == "SPACED") return " 5 ";
    if (name == "WHO") return "0x00000000000000000000000000000000000000aa";
    if (name == "TEXT") return "hello";
    if (name == "QUOTED") return "\"hi there\"";
    if (name == "PADDED") return " lead  ";
    if (name == "HEX") return "0102";
    if (name == "UPPER") return "TRUE";
    if (name == "ONE") return "1";
    if (name == "BAD") return "twelve";
    if (name == "LIST") return "1, 2 ,0x3,1 gwei";
    if (name == "WORDS") return "a| b |\"c\"";
    if (name == "FLAGS") return "true,FALSE,0";
    if (name == "EMPTY") return "";
    if (name == "LEADING") return ",5";
    if (name == "BADLIST") return "1,x";
    return std::nullopt;
}

/// env_cheat over fake_env alone (nothing set).
std::optional<vm::Bytes> run(std::string_view sig, vm::BytesView a, std::string& error) {
    Environment env(fake_env);
    return env_cheat(sig, a, env, error);
}

vm::Bytes args(const std::vector<std::string>& types, const std::vector<std::string>& values) {
    std::string error;
    auto out = encode_arguments(types, values, {}, error);
    EXPECT_TRUE(out) << error;
    return out.value_or(vm::Bytes{});
}

BytesView text_bytes(std::string_view s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

/// (name, delimiter, string[] default): encode_arguments has no string[].
vm::Bytes args_with_strings(std::string_view name, std::string_view delimiter,
                            const std::vector<std::string>& items) {
    vm::Bytes out, tails, list;
    append_word(out, U256{96});
    append_padded(tails, text_bytes(name));
    append_word(out, U256{96 + tails.size()});
    append_padded(tails, text_bytes(delimiter));
    append_word(out, U256{96 + tails.size()});
    append_word(tails, U256{items.size()});
    for (const std::string& item : items) {
        append_word(tails, U256{32 * items.size() + list.size()});
        append_padded(list, text_bytes(item));
    }
    out.insert(out.end(), tails.begin(), tails.end());
    out.insert(out.end(), list.begin(), list.end());
    return out;
}

std::string decoded(const std::string& type, const vm::Bytes& data) {
    auto v = decode_values({type}, data);
    return v ? (*v)[0].text : "<malformed>";
}

/// The answer of `sig` for `values` decoded as `type`, or its error.
std::string read(std::string_view sig, const std::string& type,
                 const std::vector<std::string>& types, const std::vector<std::string>& values) {
    std::string error;
    auto out = run(sig, args(types, values), error);
    return out ? decoded(type, *out) : "error: " + error;
}

std::string read1(std::string_view sig, const std::string& type, const std::string& name) {
    return read(sig, type, {"string"}, {name});
}

TEST(EnvCheats, ReadsAVariableAsTheReturnedType) {
    EXPECT_EQ(read1("envUint(string)", "uint256", "N"), "16");
    EXPECT_EQ(read1("envAddress(string)", "address", "WHO"),
              "0x00000000000000000000000000000000000000AA");
    EXPECT_EQ(read1("envString(string)", "string", "TEXT"), "\"hello\"");
    EXPECT_EQ(read1("envInt(string)", "int256", "N"), "16");
}

TEST(EnvCheats, ReadsTextAsParseUintAndParseBoolReadIt) {
    EXPECT_EQ(read1("envUint(string)", "uint256", "AMOUNT"), "1500000000000000000");
    EXPECT_EQ(read1("envBool(string)", "bool", "UPPER"), "true");
    EXPECT_EQ(read1("envBool(string)", "bool", "ONE"), "true");
    EXPECT_EQ(read1("envBytes(string)", "bytes", "HEX"), "0x0102"); // alloy: "0x" optional
    // alloy's uint does not skip spaces; forge names the variable, not its text
    EXPECT_EQ(read1("envUint(string)", "uint256", "SPACED")
                  .find("error: vm.envUint: failed parsing $SPACED as type `uint256`: "),
              0u);
}

TEST(EnvCheats, ReadsAStringAsAlloyDoes) {
    // one pair of surrounding quotes removed; else trailing whitespace trimmed, leading kept
    EXPECT_EQ(read1("envString(string)", "string", "QUOTED"), "\"hi there\"");
    EXPECT_EQ(read1("envString(string)", "string", "PADDED"), "\" lead\"");
}

TEST(EnvCheats, ReadsAListSplitAtTheDelimiterEachElementTrimmed) {
    EXPECT_EQ(read("envUint(string,string)", "uint256[]", {"string", "string"}, {"LIST", ","}),
              "[1, 2, 3, 1000000000]");
    EXPECT_EQ(read("envBool(string,string)", "bool[]", {"string", "string"}, {"FLAGS", ","}),
              "[true, false, false]");
    EXPECT_EQ(read("envString(string,string)", "string[]", {"string", "string"}, {"WORDS", "|"}),
              "[\"a\", \"b\", \"c\"]");
    // forge's parse_array: an empty first element is the empty list
    EXPECT_EQ(read("envUint(string,string)", "uint256[]", {"string", "string"}, {"EMPTY", ","}),
              "[]");
    EXPECT_EQ(read("envUint(string,string)", "uint256[]", {"string", "string"}, {"LEADING", ","}),
              "[]");
    // the element that failed is named by its text (forge hides only the whole variable's)
    EXPECT_EQ(read("envUint(string,string)", "uint256[]", {"string", "string"}, {"BADLIST", ","})
                  .find("error: vm.envUint: failed parsing \"x\" as type `uint256`: "),
              0u);
    EXPECT_EQ(read("envUint(string,string)", "uint256[]", {"string", "string"}, {"BAD", ","})
                  .find("error: vm.envUint: failed parsing $BAD as type `uint256`: "),
              0u);
}

TEST(EnvCheats, EnvOrGivesTheDefaultWhenUnsetOrUnreadable) {
    const std::vector<std::string> uint_default{"string", "uint256"};
    EXPECT_EQ(read("envOr(string,uint256)", "uint256", uint_default, {"MISSING", "7"}), "7");
    EXPECT_EQ(read("envOr(string,uint256)", "uint256", uint_default, {"N", "7"}), "16");
    EXPECT_EQ(read("envOr(string,uint256)", "uint256", uint_default, {"BAD", "7"}), "7");
    EXPECT_EQ(read("envOr(string,string)", "string", {"string", "string"}, {"MISSING", "none"}),
              "\"none\"");
    const std::vector<std::string> list_default{"string", "string", "uint256[]"};
    EXPECT_EQ(read("envOr(string,string,uint256[])", "uint256[]", list_default,
                   {"MISSING", ",", "[7,8]"}),
              "[7, 8]");
    EXPECT_EQ(
        read("envOr(string,string,uint256[])", "uint256[]", list_default, {"LIST", ",", "[7,8]"}),
        "[1, 2, 3, 1000000000]");
    EXPECT_EQ(
        read("envOr(string,string,uint256[])", "uint256[]", list_default, {"BADLIST", ",", "[7]"}),
        "[7]");
}

TEST(EnvCheats, EnvOrGivesAStringListDefaultAsGiven) {
    std::string error;
    auto out = run("envOr(string,string,string[])",
                   args_with_strings("MISSING", ",", {"x", "", std::string(40, 'y')}), error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("string[]", *out),
              fmt::format("[\"x\", \"\", \"{}\"]", std::string(40, 'y')));
    out = run("envOr(string,string,string[])", args_with_strings("WORDS", "|", {"x"}), error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("string[]", *out), "[\"a\", \"b\", \"c\"]");
}

TEST(EnvCheats, MissingOrMalformedVariablesAreForgesErrors) {
    EXPECT_EQ(read1("envUint(string)", "uint256", "MISSING"),
              "error: vm.envUint: environment variable \"MISSING\" not found");
    EXPECT_EQ(read1("envUint(string)", "uint256", "A\"B"),
              "error: vm.envUint: environment variable \"A\\\"B\" not found");
    EXPECT_EQ(
        read("envAddress(string,string)", "address[]", {"string", "string"}, {"MISSING", ","}),
        "error: vm.envAddress: environment variable \"MISSING\" not found");
    EXPECT_EQ(read1("envUint(string)", "uint256", "BAD")
                  .find("error: vm.envUint: failed parsing $BAD as type `uint256`: "),
              0u);
    EXPECT_EQ(read1("envBool(string)", "bool", "TEXT")
                  .find("error: vm.envBool: failed parsing $TEXT as type `bool`: "),
              0u);
    std::string error;
    EXPECT_FALSE(run("envUint(string)", {}, error));
    EXPECT_EQ(error, "vm.envUint: malformed arguments");
}

/// The answer of `sig` on `env` decoded as `type` ("" for none), or its error.
std::string on(Environment& env, std::string_view sig, const std::string& type,
               const std::vector<std::string>& types, const std::vector<std::string>& values) {
    std::string error;
    auto out = env_cheat(sig, args(types, values), env, error);
    if (!out) return "error: " + error;
    return type.empty() ? (out->empty() ? "" : "<data>") : decoded(type, *out);
}

std::string set_env(Environment& env, const std::string& name, const std::string& value) {
    return on(env, "setEnv(string,string)", "", {"string", "string"}, {name, value});
}

TEST(EnvCheats, EnvExistsSaysWhetherAVariableIsSet) {
    Environment env(fake_env);
    EXPECT_EQ(on(env, "envExists(string)", "bool", {"string"}, {"N"}), "true");
    EXPECT_EQ(on(env, "envExists(string)", "bool", {"string"}, {"EMPTY"}), "true");
    EXPECT_EQ(on(env, "envExists(string)", "bool", {"string"}, {"MISSING"}), "false");
}

TEST(EnvCheats, SetEnvIsReadByEveryEnvCheatBeforeTheProcessEnvironment) {
    Environment env(fake_env);
    EXPECT_EQ(set_env(env, "MISSING", "0x20"), "");
    EXPECT_EQ(on(env, "envExists(string)", "bool", {"string"}, {"MISSING"}), "true");
    EXPECT_EQ(on(env, "envUint(string)", "uint256", {"string"}, {"MISSING"}), "32");
    EXPECT_EQ(on(env, "envOr(string,uint256)", "uint256", {"string", "uint256"}, {"MISSING", "7"}),
              "32");
    // a variable of the base environment is shadowed, not changed
    EXPECT_EQ(set_env(env, "N", "1,2"), "");
    EXPECT_EQ(on(env, "envUint(string,string)", "uint256[]", {"string", "string"}, {"N", ","}),
              "[1, 2]");
    EXPECT_EQ(fake_env("N"), "0x10");
    Environment fresh(fake_env); // another session's environment does not see it
    EXPECT_EQ(on(fresh, "envUint(string)", "uint256", {"string"}, {"N"}), "16");
    EXPECT_EQ(on(fresh, "envExists(string)", "bool", {"string"}, {"MISSING"}), "false");
}

TEST(EnvCheats, SetEnvRefusesWhatForgeRefuses) {
    Environment env(fake_env);
    EXPECT_EQ(set_env(env, "", "x"), "error: vm.setEnv: environment variable key can't be empty");
    EXPECT_EQ(set_env(env, "A=B", "x"),
              "error: vm.setEnv: environment variable key can't contain equal sign `=`");
    EXPECT_EQ(set_env(env, std::string("A\0B", 3), "x"),
              "error: vm.setEnv: environment variable key can't contain NUL character `\\0`");
    EXPECT_EQ(set_env(env, "A", std::string("x\0y", 3)),
              "error: vm.setEnv: environment variable value can't contain NUL character `\\0`");
    EXPECT_EQ(on(env, "envExists(string)", "bool", {"string"}, {"A"}), "false");
    std::string error;
    EXPECT_FALSE(env_cheat("setEnv(string,string)", args({"string"}, {"A"}), env, error));
    EXPECT_EQ(error, "vm.setEnv: malformed arguments");
}

TEST(EnvCheats, TracesNameWhatEachReturns) {
    EXPECT_EQ(env_cheat_returns("envExists(string)"), "bool");
    EXPECT_EQ(env_cheat_returns("envAddress(string,string)"), "address[]");
    EXPECT_EQ(env_cheat_returns("envOr(string,string,bytes[])"), "bytes[]");
    EXPECT_EQ(env_cheat_returns("setEnv(string,string)"), std::nullopt);
    EXPECT_EQ(env_cheat_returns("deal(address,uint256)"), std::nullopt);
}

TEST(EnvCheats, OtherSignaturesAreNotEnvCheats) {
    std::string error;
    EXPECT_FALSE(is_env_cheat("deal(address,uint256)"));
    EXPECT_FALSE(run("deal(address,uint256)", {}, error));
    EXPECT_TRUE(error.empty());
    EXPECT_TRUE(is_env_cheat("envOr(string,string,bytes[])"));
    EXPECT_EQ(env_cheat_signature(vm::selector_of("envUint(string,string)")),
              "envUint(string,string)");
}

} // namespace
} // namespace mallory::chain::foundry
