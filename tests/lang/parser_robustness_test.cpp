// Hostile and large inputs: binary junk, deep nesting, huge files, recovery counts, annotations.
#include "lang/ast_printer.hpp"
#include "lang/parser.hpp"
#include "lang/parser/ast_util.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <random>

namespace mallory::lang {
namespace {

struct Result {
    SourceManager sources;
    Diagnostics diagnostics;
    ast::SourceUnit unit;
};

std::unique_ptr<Result> run(const std::string& text) {
    auto r = std::make_unique<Result>();
    r->unit = parse(r->sources, r->sources.add("t.sol", text), r->diagnostics);
    return r;
}

std::size_t count_code(const Diagnostics& d, DiagCode code) {
    std::size_t n = 0;
    for (const auto& item : d.items())
        n += item.code == code;
    return n;
}

TEST(ParserRobustness, BinaryJunkNeverCrashes) {
    std::mt19937 random(12345);
    for (int round = 0; round < 300; ++round) {
        std::string junk(static_cast<std::size_t>(random() % 400), '\0');
        for (char& c : junk)
            c = static_cast<char>(random() % 256);
        auto r = run(junk);
        if (!junk.empty()) {
            EXPECT_TRUE(r->diagnostics.has_errors());
        }
        (void)print_tree(r->unit, &r->sources, true);
        (void)render_all(r->sources, r->diagnostics.sorted(), false);
    }
}

TEST(ParserRobustness, NulAndInvalidUtf8) {
    auto r = run(std::string("contract C {\0\xff\xfe uint x; }", 24));
    EXPECT_GE(count_code(r->diagnostics, DiagCode::InvalidCharacter), 1u);
    ASSERT_EQ(r->unit.contracts.size(), 1u);
    auto junk = run("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    EXPECT_TRUE(junk->diagnostics.has_errors());
    EXPECT_EQ(junk->diagnostics.items()[0].code, DiagCode::InvalidCharacter);
}

TEST(ParserRobustness, TruncatedPrefixesOfValidSource) {
    std::string text = "contract C { mapping(address => uint) m; function f(uint a) public "
                       "returns (uint) { if (a > 1) { return m[msg.sender] + a * 2; } "
                       "emit E(\"x\", hex\"00\"); } }";
    for (std::size_t n = 0; n <= text.size(); ++n) {
        auto r = run(text.substr(0, n));
        EXPECT_LE(r->diagnostics.error_count(), 3u) << text.substr(0, n);
    }
}

TEST(ParserRobustness, DeepParenthesesAreAnErrorNotACrash) {
    std::string body(100000, '(');
    auto r = run("contract C { function f() public { x = " + body + "1; } }");
    EXPECT_EQ(count_code(r->diagnostics, DiagCode::NestingTooDeep), 1u);
    EXPECT_EQ(r->diagnostics.error_count(), 1u);
}

TEST(ParserRobustness, DeepBlocksAreAnErrorNotACrash) {
    std::string open(50000, '{'), close(50000, '}');
    auto r = run("contract C { function f() public " + open + close + " }");
    EXPECT_EQ(count_code(r->diagnostics, DiagCode::NestingTooDeep), 1u);
    EXPECT_EQ(r->diagnostics.error_count(), 1u);
}

TEST(ParserRobustness, DeepUnaryAndTernary) {
    auto r = run("contract C { function f() public { x = " + std::string(50000, '!') + "y; } }");
    EXPECT_EQ(count_code(r->diagnostics, DiagCode::NestingTooDeep), 1u);
    std::string chain;
    for (int i = 0; i < 5000; ++i)
        chain += "a ? b : ";
    auto t = run("contract C { function f() public { x = " + chain + "c; } }");
    EXPECT_EQ(count_code(t->diagnostics, DiagCode::NestingTooDeep), 1u);
}

/// Long flat chains build trees as deep as they are long; every later pass walks them
/// recursively, so they count against the same limit as nesting.
TEST(ParserRobustness, LongChainsAreAnErrorNotACrash) {
    std::string sum = "a", members = "a", calls = "a", arrays = "uint", mappings;
    for (int i = 0; i < 100000; ++i) {
        sum += " + a";
        members += ".b";
        calls += "()";
        arrays += "[1]";
        mappings += "mapping(uint => ";
    }
    for (const std::string& body : {"x = " + sum + ";", "x = " + members + ";",
                                    "x = " + calls + ";", arrays + " memory x;"}) {
        auto r = run("contract C { function f() public { " + body + " } }");
        EXPECT_EQ(count_code(r->diagnostics, DiagCode::NestingTooDeep), 1u) << body.substr(0, 20);
        EXPECT_EQ(r->diagnostics.error_count(), 1u);
    }
    auto m = run("contract C { " + mappings + "uint x; }");
    EXPECT_EQ(count_code(m->diagnostics, DiagCode::NestingTooDeep), 1u);
}

TEST(ParserRobustness, ModerateNestingIsFine) {
    std::string sum = "a";
    for (int i = 0; i < 150; ++i)
        sum += " + a";
    EXPECT_FALSE(
        run("contract C { function f() public { x = " + sum + "; } }")->diagnostics.has_errors());
    std::string nested = std::string(60, '(') + "1" + std::string(60, ')');
    auto r = run("contract C { function f() public { x = " + nested + "; } }");
    EXPECT_FALSE(r->diagnostics.has_errors());
}

/// A realistic contract repeated: the generator the benchmark uses too.
std::string generated_file(int lines_wanted) {
    std::string out = "pragma solidity ^0.8.20;\n";
    int lines = 1;
    for (int i = 0; lines < lines_wanted; ++i) {
        out += "contract Bank" + std::to_string(i) +
               " {\n"
               "    mapping(address => uint256) public balances;\n"
               "    uint256 public total;\n"
               "    event Deposit(address indexed who, uint256 amount);\n"
               "    function deposit() external payable {\n"
               "        require(msg.value > 0, \"empty\");\n"
               "        balances[msg.sender] += msg.value;\n"
               "        total = total + msg.value * 2 / 2;\n"
               "        emit Deposit(msg.sender, msg.value);\n"
               "    }\n"
               "    function withdraw(uint256 amount) external {\n"
               "        if (balances[msg.sender] < amount) revert(\"insufficient\");\n"
               "        balances[msg.sender] -= amount;\n"
               "        (bool ok, ) = payable(msg.sender).call{value: amount}(\"\");\n"
               "        require(ok);\n"
               "    }\n"
               "}\n";
        lines += 17;
    }
    return out;
}

TEST(ParserRobustness, HundredThousandLines) {
    std::string text = generated_file(100000);
    auto start = std::chrono::steady_clock::now();
    auto r = run(text);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_FALSE(r->diagnostics.has_errors());
    EXPECT_GT(r->unit.contracts.size(), 5000u);
    std::cout << "100k lines parsed in " << seconds << " s\n";
    // Generous: Debug + sanitizer builds are far slower than Release (see bench/parse_bench).
    // No time assertion: speed is measured by bench/parse_bench, never asserted by a test.
}

TEST(ParserRecovery, IndependentErrorsAreAllReported) {
    auto r = run(R"(contract C {
    uint a
    function f() public { x = ; y = 1; z = (2; }
    function g() public { return 1 +; }
    event E(uint;
    function h() public { ok(); }
})");
    EXPECT_EQ(r->diagnostics.error_count(), 5u)
        << render_all(r->sources, r->diagnostics.sorted(), false);
    ASSERT_EQ(r->unit.contracts.size(), 1u);
    // f, g and h still made it into the tree.
    int functions = 0;
    for (const auto& m : r->unit.contracts[0].members)
        functions += boost::get<ast::FunctionDefinition>(&m.get()) != nullptr;
    EXPECT_EQ(functions, 3);
}

TEST(ParserRecovery, OneErrorPerStatement) {
    auto r = run("contract C { function f() public { x = = = = ; y = ) ) ); } }");
    EXPECT_EQ(r->diagnostics.error_count(), 2u);
}

TEST(ParserAnnotations, AttachedWithExactSpans) {
    std::string text = "/// #invariant total >= 0;\n/// #invariant a ==\n///   b + 1;\n"
                       "contract C {\n    /// #if_succeeds old(x) < x;\n"
                       "    function f() public {}\n}\n";
    auto r = run(text);
    ASSERT_FALSE(r->diagnostics.has_errors())
        << render_all(r->sources, r->diagnostics.sorted(), false);
    const auto& c = r->unit.contracts.at(0);
    ASSERT_EQ(c.annotations.size(), 2u);
    EXPECT_EQ(c.annotations[0].kind, ast::AnnotationKind::invariant);
    EXPECT_EQ(c.annotations[0].text, "total >= 0");
    EXPECT_EQ(r->sources.text(ast::span_of(c.annotations[0].condition)), "total >= 0");
    EXPECT_EQ(r->sources.text(c.annotations[0].span), "#invariant total >= 0;");
    EXPECT_EQ(c.annotations[1].text, "a == b + 1");
    EXPECT_EQ(r->sources.text(ast::span_of(c.annotations[1].condition)), "a ==\n///   b + 1");
    auto* f = boost::get<ast::FunctionDefinition>(&c.members[0].get());
    ASSERT_TRUE(f);
    ASSERT_EQ(f->annotations.size(), 1u);
    EXPECT_EQ(f->annotations[0].kind, ast::AnnotationKind::if_succeeds);
    EXPECT_EQ(f->annotations[0].text, "old(x) < x");
    auto* call = ast::get_if<ast::Binary>(f->annotations[0].condition);
    ASSERT_TRUE(call);
    EXPECT_TRUE(ast::get_if<ast::Call>(call->lhs));
    EXPECT_GT(ast::expr_node(f->annotations[0].condition).id, 0u);
}

TEST(ParserAnnotations, Errors) {
    auto unknown = run("/// #invariat x;\ncontract C {}");
    ASSERT_EQ(unknown->diagnostics.error_count(), 1u);
    EXPECT_EQ(unknown->diagnostics.items()[0].code, DiagCode::UnknownAnnotation);
    EXPECT_EQ(unknown->diagnostics.items()[0].hint, "did you mean '#invariant'?");
    auto malformed = run("/// #invariant x +;\ncontract C {}");
    ASSERT_EQ(malformed->diagnostics.error_count(), 1u);
    EXPECT_EQ(malformed->diagnostics.items()[0].code, DiagCode::MalformedAnnotation);
    auto misplaced = run("contract C {\n/// #invariant x;\nuint x;\n}");
    ASSERT_EQ(misplaced->diagnostics.error_count(), 1u);
    EXPECT_EQ(misplaced->diagnostics.items()[0].code, DiagCode::MisplacedAnnotation);
    auto natspec = run("/// @notice #1 is plain text\ncontract C {}");
    EXPECT_FALSE(natspec->diagnostics.has_errors());
}

} // namespace
} // namespace mallory::lang
