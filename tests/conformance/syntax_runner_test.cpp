// The syntax-test runner: solc's diagnostic lines, valid/invalid verdicts, and where Mallory's
// first error is compared with solc's.
#include "tests/conformance/syntax_runner.hpp"

#include <gtest/gtest.h>

using namespace mallory::conformance;

TEST(SolcDiagnostics, ParsesKindsRangesAndSources) {
    const std::vector<std::string_view> lines{
        "// TypeError 9574: (62-77): Type uint256 is not implicitly convertible.",
        "// Warning 2072: (10-20): Unused local variable.",
        "// DeclarationError 2333: (b.sol:12-31): Identifier already declared.",
        "// ParserError 1114: Invalid SPDX license identifier.",
        "//   a continuation line of a long message",
    };
    const auto ds = parse_solc_diagnostics(lines);
    ASSERT_EQ(ds.size(), 4u);
    EXPECT_EQ(ds[0].kind, "TypeError");
    EXPECT_EQ(ds[0].range, (std::pair{62u, 77u}));
    EXPECT_TRUE(ds[0].is_error());
    EXPECT_FALSE(ds[1].is_error());
    EXPECT_EQ(ds[2].source, "b.sol");
    EXPECT_FALSE(ds[3].range.has_value());
}

TEST(SyntaxRunner, InvalidProgramAcceptedIsReported) {
    // A made-up expectation: solc "rejects" a program Mallory accepts.
    const SyntaxOutcome o = run_syntax_test(
        "contract C { function f() public {} }\n// ----\n// TypeError 1: (0-8): made up\n",
        "a.sol");
    EXPECT_FALSE(o.solc_valid);
    EXPECT_TRUE(o.mallory_accepted);
}

TEST(SyntaxRunner, RejectionAtSolcsLine) {
    const SyntaxOutcome o = run_syntax_test("contract C {\n    function f() public { x = 1; }\n}\n"
                                            "// ----\n// DeclarationError 7576: (40-41): "
                                            "Undeclared identifier.\n",
                                            "b.sol");
    EXPECT_FALSE(o.solc_valid);
    EXPECT_FALSE(o.mallory_accepted);
    EXPECT_TRUE(o.same_line) << o.mallory_first_error << " vs " << o.solc_first_error;
}

TEST(SyntaxRunner, ValidProgramOutsideTheSubsetSaysSo) {
    const SyntaxOutcome o = run_syntax_test(
        "contract C { fixed128x18 x; }\n// ----\n// Warning 1: (0-1): w\n", "c.sol");
    EXPECT_TRUE(o.solc_valid);
    EXPECT_FALSE(o.mallory_accepted);
    EXPECT_TRUE(o.says_outside_subset) << o.mallory_first_error;
}

TEST(SyntaxRunner, FileWithoutExpectationsIsValid) {
    const SyntaxOutcome o = run_syntax_test("contract C {}\n", "d.sol");
    EXPECT_FALSE(o.skipped);
    EXPECT_TRUE(o.solc_valid);
    EXPECT_TRUE(o.mallory_accepted);
}

TEST(SyntaxRunner, EarlierEvmVersionIsSkipped) {
    const SyntaxOutcome o = run_syntax_test(
        "contract C {}\n// ====\n// EVMVersion: <byzantium\n// ----\n// TypeError 1: (0-1): x\n",
        "e.sol");
    EXPECT_TRUE(o.skipped);
}
