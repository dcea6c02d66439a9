#include "tests/conformance/syntax_runner.hpp"

#include "lang/frontend.hpp"
#include "tests/conformance/isoltest_parser.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <regex>

namespace mallory::conformance {

namespace {

/// Mallory's codes for valid Solidity outside its subset (diagnostic_codes*.def: 4000-4999).
bool outside_subset_code(lang::DiagCode code) {
    const auto n = static_cast<unsigned>(code);
    return n >= 4000 && n < 5000;
}

/// 1-based line of byte `offset` in `text`.
unsigned line_of(const std::string& text, unsigned offset) {
    const auto end = text.begin() + std::min<std::size_t>(offset, text.size());
    return 1 + static_cast<unsigned>(std::count(text.begin(), end, '\n'));
}

/// The unit a solc location names ("" names the only or the first one).
const std::pair<std::string, std::string>*
unit_named(const std::vector<std::pair<std::string, std::string>>& units, const std::string& name) {
    for (const auto& u : units)
        if (name.empty() || u.first == name) return &u;
    return nullptr;
}

const SolcDiagnostic* first_solc_error(const std::vector<SolcDiagnostic>& ds) {
    for (const SolcDiagnostic& d : ds)
        if (d.is_error()) return &d;
    return nullptr;
}

/// Fills the comparison of a rejected program with solc's first error.
void compare_rejection(SyntaxOutcome& o, const lang::FrontendResult& front,
                       const std::vector<std::pair<std::string, std::string>>& units,
                       const SolcDiagnostic* solc) {
    const std::vector<lang::Diagnostic> sorted = front.diagnostics.sorted();
    const auto first = std::find_if(sorted.begin(), sorted.end(), [](const lang::Diagnostic& d) {
        return d.severity == lang::Severity::error;
    });
    if (first == sorted.end()) return;
    const lang::SourceFile& file = front.sources.file(first->span.file);
    const auto lc = file.line_col(first->span.begin);
    o.mallory_first_error =
        fmt::format("{}:{}:{}: {}", file.path(), lc.line, lc.column, first->message);
    o.says_outside_subset = outside_subset_code(first->code);
    if (!solc || !solc->range) return;
    const auto* unit = unit_named(units, solc->source);
    if (!unit) return;
    const unsigned solc_line = line_of(unit->second, solc->range->first);
    o.solc_first_error =
        fmt::format("{} ({}:{}): {}", solc->kind, unit->first, solc_line, solc->message);
    o.same_line = file.path() == unit->first && lc.line == solc_line;
}

} // namespace

bool SolcDiagnostic::is_error() const {
    return kind != "Warning" && kind != "Info";
}

std::vector<SolcDiagnostic> parse_solc_diagnostics(const std::vector<std::string_view>& lines) {
    constexpr std::size_t max_diagnostic_line = 1024;
    static const std::regex line_re(
        R"(^\s*//\s*([A-Za-z]+)(\s+[0-9]+)?:\s*(\((([^():]+):)?([0-9]+)-([0-9]+)\):\s*)?(.*)$)");
    std::vector<SolcDiagnostic> out;
    for (const std::string_view l : lines) {
        // solc's diagnostic lines are short, and libstdc++'s regex recurses once per character
        // (a stack overflow on a long line: found by fuzz/isoltest_fuzz.cpp).
        if (l.size() > max_diagnostic_line) continue;
        std::match_results<std::string_view::const_iterator> m;
        if (!std::regex_match(l.begin(), l.end(), m, line_re)) continue;
        SolcDiagnostic d;
        d.kind = m[1].str();
        if (!d.kind.ends_with("Error") && d.kind != "Warning" && d.kind != "Info") continue;
        d.source = m[5].str();
        if (m[3].matched) {
            unsigned from = 0, to = 0; // a range beyond `unsigned` is not a diagnostic line
            const std::string a = m[6].str(), b = m[7].str();
            if (std::from_chars(a.data(), a.data() + a.size(), from).ec != std::errc{} ||
                std::from_chars(b.data(), b.data() + b.size(), to).ec != std::errc{})
                continue;
            d.range = std::pair{from, to};
        }
        d.message = m[8].str();
        out.push_back(std::move(d));
    }
    return out;
}

SyntaxOutcome run_syntax_test(std::string_view text, const std::string& name) {
    SyntaxOutcome o;
    auto split = split_test_file(text, name, false);
    if (auto* e = std::get_if<ParseError>(&split)) {
        o.skipped = true;
        o.skip_reason = e->message;
        return o;
    }
    const TestFileParts& parts = std::get<TestFileParts>(split);
    if (const auto v = parts.options.find("EVMVersion");
        v != parts.options.end() && !v->second.starts_with(">")) {
        o.skipped = true; // Mallory models the latest EVM version only
        o.skip_reason = "expectations for an earlier EVM version (" + v->second + ")";
        return o;
    }
    const std::vector<SolcDiagnostic> expected = parse_solc_diagnostics(parts.expectations);
    const SolcDiagnostic* solc_error = first_solc_error(expected);
    o.solc_valid = solc_error == nullptr;
    lang::FrontendResult front = lang::check_sources(parts.sources);
    o.mallory_accepted = front.ok();
    if (!o.mallory_accepted) compare_rejection(o, front, parts.sources, solc_error);
    return o;
}

} // namespace mallory::conformance
