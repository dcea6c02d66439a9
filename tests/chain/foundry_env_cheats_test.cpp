// vm.env*: a variable read as the type the cheatcode returns, its default when unset, and an
// error naming the variable otherwise.
#include "chain/foundry/abi.hpp"
#include "chain/foundry/env_cheats.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

std::optional<std::string> fake_env(std::string_view name) {
    if (name == "N") return "0x10";
    if (name == "WHO") return "0x00000000000000000000000000000000000000aa";
    if (name == "TEXT") return "hello";
    if (name == "BAD") return "twelve";
    return std::nullopt;
}

vm::Bytes args(const std::vector<std::string>& types, const std::vector<std::string>& values) {
    std::string error;
    auto out = encode_arguments(types, values, {}, error);
    EXPECT_TRUE(out) << error;
    return out.value_or(vm::Bytes{});
}

std::string decoded(const std::string& type, const vm::Bytes& data) {
    auto v = decode_values({type}, data);
    return v ? (*v)[0].text : "<malformed>";
}

TEST(EnvCheats, ReadsAVariableAsTheReturnedType) {
    std::string error;
    auto out = env_cheat("envUint(string)", args({"string"}, {"N"}), fake_env, error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("uint256", *out), "16");
    out = env_cheat("envAddress(string)", args({"string"}, {"WHO"}), fake_env, error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("address", *out), "0x00000000000000000000000000000000000000AA");
    out = env_cheat("envString(string)", args({"string"}, {"TEXT"}), fake_env, error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("string", *out), "\"hello\"");
}

TEST(EnvCheats, EnvOrGivesTheDefaultOnlyWhenUnset) {
    std::string error;
    auto out = env_cheat("envOr(string,uint256)", args({"string", "uint256"}, {"MISSING", "7"}),
                         fake_env, error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("uint256", *out), "7");
    out = env_cheat("envOr(string,uint256)", args({"string", "uint256"}, {"N", "7"}), fake_env,
                    error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("uint256", *out), "16");
    out = env_cheat("envOr(string,string)", args({"string", "string"}, {"MISSING", "none"}),
                    fake_env, error);
    ASSERT_TRUE(out) << error;
    EXPECT_EQ(decoded("string", *out), "\"none\"");
}

TEST(EnvCheats, MissingOrMalformedVariablesAreErrorsThatNameThem) {
    std::string error;
    EXPECT_FALSE(env_cheat("envUint(string)", args({"string"}, {"MISSING"}), fake_env, error));
    EXPECT_EQ(error, "vm.envUint(string): environment variable \"MISSING\" not found");
    EXPECT_FALSE(env_cheat("envUint(string)", args({"string"}, {"BAD"}), fake_env, error));
    EXPECT_EQ(error,
              "vm.envUint(string): environment variable \"BAD\" is not a uint256 ('twelve')");
    EXPECT_FALSE(env_cheat("envBool(string)", args({"string"}, {"TEXT"}), fake_env, error));
    EXPECT_NE(error.find("is not a bool"), std::string::npos) << error;
}

TEST(EnvCheats, OtherSignaturesAreNotEnvCheats) {
    std::string error;
    EXPECT_FALSE(is_env_cheat("deal(address,uint256)"));
    EXPECT_FALSE(env_cheat("deal(address,uint256)", {}, fake_env, error));
    EXPECT_TRUE(error.empty());
}

} // namespace
} // namespace mallory::chain::foundry
