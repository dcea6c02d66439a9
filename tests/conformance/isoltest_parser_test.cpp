// The isoltest expectation parser: calls, values, literals, failures, events, builtins,
// multi-line calls, options and multi-source files; unknown syntax is a located error.
#include "tests/conformance/isoltest_parser.hpp"

#include <gtest/gtest.h>

using namespace mallory::conformance;
using mallory::vm::to_hex;

namespace {

const char* const source = "contract C { function f() public {} }\n";

IsoltestFile parse_ok(const std::string& expectations, const std::string& options = {}) {
    std::string text = source;
    if (!options.empty()) text += "// ====\n" + options;
    text += "// ----\n" + expectations;
    auto r = parse_isoltest(text, "test.sol");
    if (auto* e = std::get_if<ParseError>(&r)) ADD_FAILURE() << e->line << ": " << e->message;
    return std::get<IsoltestFile>(std::move(r));
}

ParseError parse_error(const std::string& expectations) {
    auto r = parse_isoltest(std::string(source) + "// ----\n" + expectations, "test.sol");
    EXPECT_TRUE(std::holds_alternative<ParseError>(r));
    return std::holds_alternative<ParseError>(r) ? std::get<ParseError>(r) : ParseError{};
}

const Call& call_at(const IsoltestFile& f, std::size_t i) {
    return std::get<Call>(f.steps.at(i));
}

std::string word(const std::string& hex_digits) {
    return std::string(64 - hex_digits.size(), '0') + hex_digits;
}

} // namespace

TEST(IsoltestParser, CallWithArgumentsAndResult) {
    const auto f = parse_ok("// f(uint256,bool): 11, true -> 21\n");
    ASSERT_EQ(f.steps.size(), 1u);
    const Call& c = call_at(f, 0);
    EXPECT_EQ(c.signature, "f(uint256,bool)");
    EXPECT_EQ(c.line, 3);
    EXPECT_EQ(to_hex(c.arguments), "0x" + word("b") + word("1"));
    EXPECT_FALSE(c.expect_failure);
    EXPECT_EQ(to_hex(c.expected), "0x" + word("15"));
}

TEST(IsoltestParser, ValuesInEtherAndWei) {
    const auto f = parse_ok("// g(), 1 ether -> 1\n// g(), 27 wei: 3 ->\n");
    EXPECT_EQ(call_at(f, 0).value, U256{1'000'000'000'000'000'000ULL});
    EXPECT_EQ(call_at(f, 1).value, U256{27});
    EXPECT_EQ(to_hex(call_at(f, 1).arguments), "0x" + word("3"));
    EXPECT_TRUE(call_at(f, 1).expected.empty());
}

TEST(IsoltestParser, LiteralKinds) {
    const auto f =
        parse_ok("// f(): -1, 0x1234, \"abc\", hex\"0102\", left(0x61), right(0x61), false ->\n");
    const std::string got = to_hex(call_at(f, 0).arguments);
    EXPECT_EQ(got, "0x" + std::string(64, 'f') + word("1234") + "616263" + std::string(58, '0') +
                       "0102" + "61" + std::string(62, '0') + word("61") + word("0"));
}

TEST(IsoltestParser, StringEscapes) {
    const auto f = parse_ok("// f(): \"a\\n\\x41\\\\\" ->\n");
    EXPECT_EQ(to_hex(call_at(f, 0).arguments).substr(0, 10), "0x610a415c");
}

TEST(IsoltestParser, FailureWithPanicData) {
    const auto f = parse_ok("// i() -> FAILURE, hex\"4e487b71\", 0x11\n// j() -> FAILURE\n");
    EXPECT_TRUE(call_at(f, 0).expect_failure);
    EXPECT_EQ(to_hex(call_at(f, 0).expected), "0x4e487b71" + word("11"));
    EXPECT_TRUE(call_at(f, 1).expect_failure);
    EXPECT_TRUE(call_at(f, 1).expected.empty());
}

TEST(IsoltestParser, MultiLineCall) {
    const auto f = parse_ok("// f(bytes):\n//   0x20, 3, \"abc\"\n//   ->\n//   0x20,\n//   3\n"
                            "// g() -> 2\n");
    ASSERT_EQ(f.steps.size(), 2u);
    EXPECT_EQ(call_at(f, 0).arguments.size(), 96u);
    EXPECT_EQ(to_hex(call_at(f, 0).expected), "0x" + word("20") + word("3"));
    EXPECT_EQ(call_at(f, 1).signature, "g()");
}

TEST(IsoltestParser, TupleAndArraySignatures) {
    const auto f = parse_ok("// f((uint256,bool)[],uint8[2][]) ->\n");
    EXPECT_EQ(call_at(f, 0).signature, "f((uint256,bool)[],uint8[2][])");
}

TEST(IsoltestParser, RawCalldataAndConstructor) {
    const auto f = parse_ok("// constructor(), 2 wei: 3 ->\n// (): hex\"d88e\"\n// () -> 7\n");
    EXPECT_TRUE(call_at(f, 0).is_constructor());
    EXPECT_EQ(call_at(f, 0).value, U256{2});
    EXPECT_EQ(call_at(f, 1).signature, "");
    EXPECT_EQ(to_hex(call_at(f, 1).arguments), "0xd88e");
    EXPECT_EQ(to_hex(call_at(f, 2).expected), "0x" + word("7"));
}

TEST(IsoltestParser, CommentsAndGasLinesIgnored) {
    const auto f = parse_ok("// f() -> FAILURE # out-of-gas #\n// gas legacy: 1234\n"
                            "// gas irOptimized code: 5\n");
    ASSERT_EQ(f.steps.size(), 1u);
    EXPECT_TRUE(call_at(f, 0).expect_failure);
}

TEST(IsoltestParser, Events) {
    const auto f = parse_ok("// f() ->\n// ~ emit E(uint256,bytes): #0x12, 0x40, 0\n"
                            "// ~ emit <anonymous>: #0x01\n// ~ emit D() from "
                            "0x137aa4dfc0911524504fcd4d98501f179bc13b4a\n"
                            "// g() ->\n// ~ emit <anonymous>\n");
    const Call& c = call_at(f, 0);
    ASSERT_EQ(c.events.size(), 3u);
    EXPECT_EQ(c.events[0].signature, "E(uint256,bytes)");
    ASSERT_EQ(c.events[0].topics.size(), 1u);
    EXPECT_EQ(c.events[0].topics[0], U256{0x12});
    EXPECT_EQ(to_hex(c.events[0].data), "0x" + word("40") + word("0"));
    EXPECT_EQ(c.events[1].signature, "");
    ASSERT_TRUE(c.events[2].emitter.has_value());
    EXPECT_EQ(to_hex(*c.events[2].emitter), "0x137aa4dfc0911524504fcd4d98501f179bc13b4a");
    EXPECT_EQ(call_at(f, 1).events.size(), 1u);
}

TEST(IsoltestParser, Builtins) {
    const auto f = parse_ok("// balance -> 5\n// balance: 0x124 -> 0\n// storageEmpty -> 1\n"
                            "// account: 1 -> 0x1212121212121212121212121212120000001012\n"
                            "// library: L\n// library: \"a.sol\":M\n");
    ASSERT_EQ(f.steps.size(), 6u);
    EXPECT_FALSE(std::get<BalanceStep>(f.steps[0]).account.has_value());
    EXPECT_EQ(std::get<BalanceStep>(f.steps[0]).expected, U256{5});
    EXPECT_EQ(std::get<BalanceStep>(f.steps[1]).account, Address::from_u64(0x124));
    EXPECT_TRUE(std::get<StorageEmptyStep>(f.steps[2]).expected);
    EXPECT_EQ(std::get<AccountStep>(f.steps[3]).expected, isoltest_account(1));
    EXPECT_EQ(std::get<LibraryStep>(f.steps[4]).name, "L");
    EXPECT_EQ(std::get<LibraryStep>(f.steps[5]).source, "a.sol");
}

TEST(IsoltestParser, OptionsAndSources) {
    const std::string text = "==== Source: a.sol ====\ncontract A {}\n==== Source: b.sol ====\n"
                             "import \"a.sol\";\ncontract B is A {}\n// ====\n"
                             "// EVMVersion: >=byzantium\n// compileViaYul: also\n// ----\n"
                             "// f() -> 1\n";
    auto r = parse_isoltest(text, "x.sol");
    ASSERT_TRUE(std::holds_alternative<IsoltestFile>(r));
    const auto& f = std::get<IsoltestFile>(r);
    ASSERT_EQ(f.sources.size(), 2u);
    EXPECT_EQ(f.sources[1].first, "b.sol");
    EXPECT_EQ(f.sources[1].second, "import \"a.sol\";\ncontract B is A {}\n");
    EXPECT_EQ(f.options.at("EVMVersion"), ">=byzantium");
    EXPECT_EQ(f.options.at("compileViaYul"), "also");
}

TEST(IsoltestParser, UnknownSyntaxIsALocatedError) {
    EXPECT_EQ(
        parse_error(
            "// f() -> 1\n// ~ 0000000000000000000000000000000000000000000000000000000000001234\n")
            .line,
        4);
    EXPECT_EQ(parse_error("// f() -> @\n").line, 3);
    EXPECT_EQ(parse_error("// f(), 1 finney ->\n").line, 3);
    EXPECT_EQ(parse_error("// unknownBuiltin -> 1\n").line, 3);
    EXPECT_NE(parse_error("// f(): \"abc ->\n").message.find("unterminated"), std::string::npos);
    const auto none = parse_isoltest("contract C {}\n", "x.sol");
    ASSERT_TRUE(std::holds_alternative<ParseError>(none));
    EXPECT_EQ(std::get<ParseError>(none).line, 0);
}

TEST(IsoltestParser, Accounts) {
    EXPECT_EQ(to_hex(isoltest_account(0)), "0x1212121212121212121212121212120000000012");
    EXPECT_EQ(to_hex(isoltest_account(2)), "0x1212121212121212121212121212120000002012");
}

TEST(IsoltestParser, ArrowAfterACommentLine) {
    const auto f = parse_ok("// g()\n// # g() does not exist #\n// -> FAILURE\n// h() -> 1\n");
    ASSERT_EQ(f.steps.size(), 2u);
    EXPECT_TRUE(call_at(f, 0).expect_failure);
    EXPECT_EQ(call_at(f, 1).signature, "h()");
}

TEST(IsoltestParser, RepeatedOptionSeparators) {
    const auto f = parse_ok("// f() -> 1\n", "// EVMVersion: >=constantinople\n// ====\n"
                                             "// compileViaYul: true\n");
    EXPECT_EQ(f.options.size(), 2u);
}

TEST(IsoltestParser, SyntaxTestsMayHaveNoExpectations) {
    const auto r = split_test_file("contract C {}\n", "x.sol", false);
    ASSERT_TRUE(std::holds_alternative<TestFileParts>(r));
    EXPECT_TRUE(std::get<TestFileParts>(r).expectations.empty());
}

TEST(IsoltestParser, ExternalSources) {
    auto r =
        parse_isoltest("==== ExternalSource: _e/a.sol ====\n==== ExternalSource: b=_e/x.sol=sol "
                       "====\nimport \"b\";\ncontract C {}\n// ----\n// constructor()\n",
                       "t.sol");
    ASSERT_TRUE(std::holds_alternative<IsoltestFile>(r));
    const auto& f = std::get<IsoltestFile>(r);
    ASSERT_EQ(f.external_sources.size(), 2u);
    EXPECT_EQ(f.external_sources[0], (std::pair<std::string, std::string>{"_e/a.sol", "_e/a.sol"}));
    EXPECT_EQ(f.external_sources[1], (std::pair<std::string, std::string>{"b", "_e/x.sol=sol"}));
    ASSERT_EQ(f.sources.size(), 1u);
    EXPECT_EQ(f.sources[0].second, "import \"b\";\ncontract C {}\n");
}
