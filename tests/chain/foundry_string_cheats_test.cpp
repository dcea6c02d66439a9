// vm.parse*, vm.toLowercase/toUppercase/trim/replace/split/indexOf/contains: forge's readings of
// text (alloy's coerce_str and forge's fallback) and Rust's str operations, with forge's
// message when the text is not a value.
#include "chain/foundry/abi.hpp"
#include "chain/foundry/string_cheats.hpp"
#include "vm/keccak.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

vm::Bytes args(const std::vector<std::string>& values) {
    std::string error;
    auto out =
        encode_arguments(std::vector<std::string>(values.size(), "string"), values, {}, error);
    EXPECT_TRUE(out) << error;
    return out.value_or(vm::Bytes{});
}

/// The answer of `sig` decoded as `type` (its text, as a trace shows it), or the error.
std::string answer(std::string_view sig, const std::string& type,
                   const std::vector<std::string>& values) {
    std::string error;
    const auto out = string_cheat(sig, args(values), error);
    if (!out) return "error: " + error;
    const auto v = decode_values({type}, *out);
    return v ? (*v)[0].text : "<malformed>";
}

std::string parse_uint(const std::string& text) {
    return answer("parseUint(string)", "uint256", {text});
}
std::string parse_int(const std::string& text) {
    return answer("parseInt(string)", "int256", {text});
}

TEST(StringCheats, ParseUintReadsDecimalHexAndUnitsAsAlloy) {
    EXPECT_EQ(parse_uint("0"), "0");
    EXPECT_EQ(parse_uint("12345"), "12345");
    EXPECT_EQ(parse_uint("0x10"), "16");
    EXPECT_EQ(parse_uint("0XfF"), "255");
    EXPECT_EQ(parse_uint("0b101"), "5");
    EXPECT_EQ(parse_uint("0o17"), "15");
    EXPECT_EQ(parse_uint("1 ether"), "1000000000000000000");
    EXPECT_EQ(parse_uint("1.5gwei"), "1500000000");
    EXPECT_EQ(parse_uint("1e18"), "1000000000000000000");
    EXPECT_EQ(parse_uint("1 "), "1"); // spaces before an empty unit
    EXPECT_EQ(parse_uint("11579208923731619542357098500868790785326998466564056403945758400791312"
                         "9639935"),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935");
}

TEST(StringCheats, ParseUintRefusesWhatAlloyRefuses) {
    EXPECT_EQ(parse_uint("abc"), "error: vm.parseUint: failed parsing \"abc\" as type `uint256`: "
                                 "missing hex prefix (\"0x\") for hex string");
    EXPECT_EQ(parse_uint(""), "error: vm.parseUint: failed parsing \"\" as type `uint256`: "
                              "missing hex prefix (\"0x\") for hex string");
    EXPECT_EQ(parse_uint("-1"), "error: vm.parseUint: failed parsing \"-1\" as type `uint256`: "
                                "expected at least one digit");
    EXPECT_EQ(parse_uint("12x"), "error: vm.parseUint: failed parsing \"12x\" as type `uint256`: "
                                 "unknown unit 'x'");
    EXPECT_EQ(parse_uint("1.5"), "error: vm.parseUint: failed parsing \"1.5\" as type `uint256`: "
                                 "non-zero fraction .5 not allowed");
    EXPECT_EQ(parse_uint("0o19"), "error: vm.parseUint: failed parsing \"0o19\" as type "
                                  "`uint256`: invalid digit");
    // forge's fallback: "0b102" is all hex digits, so it is named as a missing 0x
    EXPECT_EQ(parse_uint("0b102"), "error: vm.parseUint: failed parsing \"0b102\" as type "
                                   "`uint256`: missing hex prefix (\"0x\") for hex string");
    EXPECT_EQ(parse_uint("1e-1"), "error: vm.parseUint: failed parsing \"1e-1\" as type "
                                  "`uint256`: negative units not allowed");
    EXPECT_EQ(parse_uint("0x1" + std::string(64, '0')),
              "error: vm.parseUint: failed parsing \"0x1" + std::string(64, '0') +
                  "\" as type `uint256`: number too large to fit in target type");
    // no whitespace before, none after a unit; the text is quoted as Rust's {:?}
    EXPECT_EQ(parse_uint(" 1\n"), "error: vm.parseUint: failed parsing \" 1\\n\" as type "
                                  "`uint256`: expected at least one digit");
    EXPECT_NE(parse_uint("1 gwei ").find("error: "), std::string::npos);
    EXPECT_NE(parse_uint("1.wei").find("error: "), std::string::npos);
}

TEST(StringCheats, ParseIntTakesASignAndChecksTheRange) {
    EXPECT_EQ(parse_int("-1"), "-1");
    EXPECT_EQ(parse_int("+7"), "7");
    EXPECT_EQ(parse_int("-0x10"), "-16");
    EXPECT_EQ(parse_int("-5789604461865809771178549250434395392663499233282028201972879200395656"
                        "4819968"),
              "-57896044618658097711785492504343953926634992332820282019728792003956564819968");
    EXPECT_EQ(parse_int("0x8000000000000000000000000000000000000000000000000000000000000000"),
              "error: vm.parseInt: failed parsing "
              "\"0x8000000000000000000000000000000000000000000000000000000000000000\" as type "
              "`int256`: number too large to fit in target type");
    EXPECT_EQ(parse_int("ff"), "error: vm.parseInt: failed parsing \"ff\" as type `int256`: "
                               "missing hex prefix (\"0x\") for hex string");
}

TEST(StringCheats, ParseBoolIsForgesLenientReading) {
    const auto parse = [](const std::string& t) {
        return answer("parseBool(string)", "bool", {t});
    };
    EXPECT_EQ(parse("true"), "true");
    EXPECT_EQ(parse("FALSE"), "false");
    EXPECT_EQ(parse("True"), "true");
    EXPECT_EQ(parse("1"), "true");
    EXPECT_EQ(parse("0"), "false");
    EXPECT_EQ(parse("yes"), "error: vm.parseBool: failed parsing \"yes\" as type `bool`: "
                            "expected a boolean");
    EXPECT_NE(parse(" true").find("error: "), std::string::npos);
}

TEST(StringCheats, ParseHexTypesWantTheirExactLength) {
    const auto address = [](const std::string& t) {
        return answer("parseAddress(string)", "address", {t});
    };
    const std::string a = "00000000000000000000000000000000000000aA";
    EXPECT_EQ(address("0x" + a), "0x00000000000000000000000000000000000000AA");
    EXPECT_EQ(address(a), "0x00000000000000000000000000000000000000AA"); // no prefix, no checksum
    EXPECT_EQ(address("0x" + a.substr(2)), "error: vm.parseAddress: failed parsing \"0x" +
                                               a.substr(2) +
                                               "\" as type `address`: invalid string length");
    EXPECT_NE(address("0X" + a).find("error: "), std::string::npos); // only a lower-case 0x

    const auto bytes32 = [](const std::string& t) {
        return answer("parseBytes32(string)", "bytes32", {t});
    };
    const std::string w(64, 'a');
    EXPECT_EQ(bytes32("0x" + w), "0x" + w);
    EXPECT_EQ(bytes32(w), "0x" + w);
    EXPECT_EQ(bytes32("0x1234"), "error: vm.parseBytes32: failed parsing \"0x1234\" as type "
                                 "`bytes32`: invalid string length"); // no right-padding

    const auto bytes = [](const std::string& t) {
        return answer("parseBytes(string)", "bytes", {t});
    };
    EXPECT_EQ(bytes("0x0102"), "0x0102");
    EXPECT_EQ(bytes("0102"), "0x0102");
    EXPECT_EQ(bytes("0x"), "0x");
    EXPECT_EQ(bytes("0x123"), "error: vm.parseBytes: failed parsing \"0x123\" as type `bytes`: "
                              "odd number of digits");
    EXPECT_EQ(bytes("123"), "error: vm.parseBytes: failed parsing \"123\" as type `bytes`: "
                            "missing hex prefix (\"0x\") for hex string");
    EXPECT_EQ(bytes("0xzz"), "error: vm.parseBytes: failed parsing \"0xzz\" as type `bytes`: "
                             "unexpected 'zz'");
}

TEST(StringCheats, CaseAndTrim) {
    EXPECT_EQ(answer("toLowercase(string)", "string", {"Hello, WORLD 42"}), "\"hello, world 42\"");
    EXPECT_EQ(answer("toUppercase(string)", "string", {"Hello, world"}), "\"HELLO, WORLD\"");
    EXPECT_EQ(answer("trim(string)", "string", {" \t\n x y \r\n"}), "\"x y\"");
    EXPECT_EQ(answer("trim(string)", "string", {"\u00A0\u3000x\u2003"}), "\"x\"");
    EXPECT_EQ(answer("trim(string)", "string", {"   "}), "\"\"");
}

TEST(StringCheats, ReplaceEveryOccurrenceAsRust) {
    const auto replace = [](const std::string& s, const std::string& from, const std::string& to) {
        return answer("replace(string,string,string)", "string", {s, from, to});
    };
    EXPECT_EQ(replace("a-b-c", "-", "+"), "\"a+b+c\"");
    EXPECT_EQ(replace("aaa", "aa", "b"), "\"ba\""); // left to right, no overlaps
    EXPECT_EQ(replace("abc", "", "-"), "\"-a-b-c-\"");
    EXPECT_EQ(replace("", "", "x"), "\"x\"");
    EXPECT_EQ(replace("abc", "z", "y"), "\"abc\"");
}

TEST(StringCheats, SplitAsRust) {
    const auto split = [](const std::string& s, const std::string& d) {
        return answer("split(string,string)", "string[]", {s, d});
    };
    EXPECT_EQ(split("a,b,,c", ","), "[\"a\", \"b\", \"\", \"c\"]");
    EXPECT_EQ(split(",a,", ","), "[\"\", \"a\", \"\"]");
    EXPECT_EQ(split("", ","), "[\"\"]");
    EXPECT_EQ(split("abc", ""), "[\"\", \"a\", \"b\", \"c\", \"\"]");
    EXPECT_EQ(split("", ""), "[\"\", \"\"]");
    EXPECT_EQ(split("a\u00e9b", ""), "[\"\", \"a\", \"\u00e9\", \"b\", \"\"]"); // characters
}

TEST(StringCheats, IndexOfAndContains) {
    EXPECT_EQ(answer("indexOf(string,string)", "uint256", {"hello", "ll"}), "2");
    EXPECT_EQ(answer("indexOf(string,string)", "uint256", {"hello", ""}), "0");
    EXPECT_EQ(answer("indexOf(string,string)", "uint256", {"hello", "z"}),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    EXPECT_EQ(answer("contains(string,string)", "bool", {"hello", "ell"}), "true");
    EXPECT_EQ(answer("contains(string,string)", "bool", {"hello", "x"}), "false");
    EXPECT_EQ(answer("contains(string,string)", "bool", {"hello", ""}), "true");
}

TEST(StringCheats, OnlyTheirOwnSignatures) {
    std::string error;
    EXPECT_TRUE(is_string_cheat("split(string,string)"));
    EXPECT_FALSE(is_string_cheat("toString(uint256)"));
    EXPECT_FALSE(string_cheat("deal(address,uint256)", {}, error));
    EXPECT_TRUE(error.empty());
    EXPECT_EQ(string_cheat_signature(vm::selector_of("parseUint(string)")), "parseUint(string)");
    EXPECT_EQ(string_cheat_returns("split(string,string)"), "string[]"); // traces decode it
    EXPECT_FALSE(string_cheat_returns("deal(address,uint256)"));
    EXPECT_FALSE(string_cheat(std::string_view("parseUint(string)"), vm::Bytes{1, 2}, error));
    EXPECT_EQ(error, "vm.parseUint: malformed arguments");
}

} // namespace
} // namespace mallory::chain::foundry
