#include "lang/diagnostic.hpp"
#include "lang/diagnostic_json.hpp"

#include <chrono>
#include <gtest/gtest.h>

namespace mallory::lang {
namespace {

TEST(Diagnostic, CodeTextIsZeroPadded) {
    EXPECT_EQ(code_text(DiagCode::SyntaxError), "E1000");
    EXPECT_EQ(code_text(DiagCode::CannotReadFile), "E9001");
    EXPECT_FALSE(code_summary(DiagCode::NotInSubset).empty());
}

TEST(Diagnostic, RendersLocationLineAndCaret) {
    SourceManager sources;
    FileId id = sources.add("bank.sol", "contract Bank {\n    uint x = balanse;\n}\n");
    Diagnostics diagnostics;
    Diagnostic& d = diagnostics.error(DiagCode::UndeclaredIdentifier, {id, 29, 36},
                                      "undeclared identifier 'balanse'");
    d.hint = "did you mean 'balance'?";
    d.notes.push_back({{id, 0, 8}, "in this contract"});
    std::string text = render_all(sources, diagnostics.sorted(), false);
    EXPECT_EQ(text, "bank.sol:2:14: error: undeclared identifier 'balanse' [E2000]\n"
                    "    2 |     uint x = balanse;\n"
                    "      |              ^~~~~~~\n"
                    "      = help: did you mean 'balance'?\n"
                    "bank.sol:1:1: note: in this contract\n"
                    "    1 | contract Bank {\n"
                    "      | ^~~~~~~~\n"
                    "1 error generated.\n");
}

TEST(Diagnostic, CaretStopsAtEndOfLineForMultiLineSpans) {
    SourceManager sources;
    FileId id = sources.add("a.sol", "abc\ndef\n");
    Diagnostic d{Severity::error, DiagCode::SyntaxError, {id, 1, 6}, "m", {}, {}};
    EXPECT_EQ(render_text(sources, d, false),
              "a.sol:1:2: error: m [E1000]\n    1 | abc\n      |  ^~\n");
}

TEST(Diagnostic, EmptySpanAtEndOfFileStillGetsACaret) {
    SourceManager sources;
    FileId id = sources.add("a.sol", "contract C {");
    Diagnostic d{Severity::error, DiagCode::SyntaxError, {id, 12, 12}, "expected '}'", {}, {}};
    EXPECT_EQ(render_text(sources, d, false),
              "a.sol:1:13: error: expected '}' [E1000]\n    1 | contract C {\n"
              "      |             ^\n");
}

TEST(Diagnostic, ColorAddsEscapesOnlyWhenAsked) {
    SourceManager sources;
    FileId id = sources.add("a.sol", "x");
    Diagnostic d{Severity::error, DiagCode::SyntaxError, {id, 0, 1}, "m", {}, {}};
    EXPECT_EQ(render_text(sources, d, false).find('\x1b'), std::string::npos);
    EXPECT_NE(render_text(sources, d, true).find('\x1b'), std::string::npos);
}

TEST(Diagnostics, SortedIsDeterministicAndDeduplicated) {
    Diagnostics diagnostics;
    diagnostics.error(DiagCode::SyntaxError, {0, 9, 10}, "b");
    diagnostics.error(DiagCode::SyntaxError, {0, 1, 2}, "a");
    diagnostics.error(DiagCode::SyntaxError, {0, 9, 10}, "b");
    diagnostics.warning(DiagCode::NotInSubset, {0, 5, 6}, "w");
    auto items = diagnostics.sorted();
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].message, "a");
    EXPECT_EQ(items[1].message, "w");
    EXPECT_EQ(items[2].message, "b");
    EXPECT_EQ(diagnostics.error_count(), 3u);
}

TEST(Diagnostics, SummaryCountsErrorsAndWarnings) {
    SourceManager sources;
    FileId id = sources.add("a.sol", "x y");
    std::vector<Diagnostic> items{
        {Severity::error, DiagCode::SyntaxError, {id, 0, 1}, "e", {}, {}},
        {Severity::warning, DiagCode::SyntaxError, {id, 2, 3}, "w", {}, {}},
        {Severity::warning, DiagCode::SyntaxError, {id, 2, 3}, "v", {}, {}}};
    std::string text = render_all(sources, items, false);
    EXPECT_NE(text.find("1 error and 2 warnings generated.\n"), std::string::npos);
    EXPECT_EQ(render_all(sources, {}, false), "");
}

TEST(ClosestName, SuggestsOnlyNearMisses) {
    std::vector<std::string> names{"balances", "owner", "totalSupply"};
    EXPECT_EQ(closest_name("balanses", names), "balances");
    EXPECT_EQ(closest_name("totalsupply", names), "totalSupply");
    EXPECT_FALSE(closest_name("xyz", names).has_value());
    EXPECT_FALSE(closest_name("owner", {"owner"}).has_value());
}

TEST(ClosestName, EditsAtTheEndsAndInTheMiddle) {
    EXPECT_EQ(closest_name("xbalances", {"balances"}), "balances");         // insertion
    EXPECT_EQ(closest_name("balance", {"balances"}), "balances");           // deletion
    EXPECT_EQ(closest_name("totalSuppyl", {"totalSupply"}), "totalSupply"); // two edits
    EXPECT_EQ(closest_name("ab", {"b", "abc"}), "abc");                     // ties: lexicographic
    EXPECT_FALSE(closest_name("a", {"bcd"}).has_value());
}

TEST(ClosestName, HugeIdentifiersStayLinear) {
    // A 200,000-character identifier against a near miss of the same length and a far one:
    // the full quadratic table would be 4e10 cells; the banded search is a few million.
    const std::string wrong(200'000, 'a');
    std::string near = wrong;
    near[100'000] = 'b';
    const std::string far(150'000, 'a');
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(closest_name(wrong, {far, near}), near);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(DiagnosticJson, HasPositionCodeAndNotes) {
    SourceManager sources;
    FileId id = sources.add("a.sol", "ab\ncd");
    Diagnostic d{Severity::warning,  DiagCode::NotInSubset, {id, 3, 5}, "m", "h",
                 {{{id, 0, 1}, "n"}}};
    nlohmann::json j = to_json(sources, d);
    EXPECT_EQ(j["file"], "a.sol");
    EXPECT_EQ(j["line"], 2);
    EXPECT_EQ(j["column"], 1);
    EXPECT_EQ(j["end_column"], 3);
    EXPECT_EQ(j["severity"], "warning");
    EXPECT_EQ(j["code"], "E4000");
    EXPECT_EQ(j["hint"], "h");
    EXPECT_EQ(j["notes"][0]["line"], 1);
}

} // namespace
} // namespace mallory::lang
