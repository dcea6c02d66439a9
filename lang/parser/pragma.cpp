// `pragma solidity <range>;`: Mallory's language is Solidity 0.8, so a range that no 0.8.x
// satisfies is an error (LANGUAGE.md §1). Ranges follow solc's (npm semver) syntax:
// comparator sets `^0.8.0`, `>=0.8.0 <0.9.0`, `~0.8.4`, `0.8.20`, alternatives joined by `||`.
#include "lang/parser/lexer.hpp"
#include "lang/parser/passes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::lang::parser {

namespace {

using Version = std::array<int, 3>;

struct Comparator {
    std::string_view op; ///< "", "=", "^", "~", ">", ">=", "<", "<="
    Version version{0, 0, 0};
    int parts = 0; ///< how many of major.minor.patch were written
};

/// Parses `[op]major[.minor[.patch]]` (wildcards `x`, `*` end the version).
std::optional<Comparator> parse_comparator(std::string_view text) {
    Comparator c;
    for (std::string_view op : {">=", "<=", "^", "~", ">", "<", "="}) {
        if (text.starts_with(op)) {
            c.op = op;
            text.remove_prefix(op.size());
            break;
        }
    }
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    for (int i = 0; i < 3 && !text.empty(); ++i) {
        if (text.front() == 'x' || text.front() == 'X' || text.front() == '*') {
            text.remove_prefix(1);
            break;
        }
        int value = 0;
        std::size_t n = 0;
        while (n < text.size() && is_digit(text[n]) && n < 6)
            value = value * 10 + (text[n++] - '0');
        if (n == 0) return std::nullopt;
        c.version[static_cast<std::size_t>(i)] = value;
        c.parts = i + 1;
        text.remove_prefix(n);
        if (text.empty() || text.front() != '.') break;
        text.remove_prefix(1);
    }
    if (!text.empty() || (c.parts == 0 && c.op != "")) return std::nullopt;
    return c;
}

bool satisfies(const Version& v, const Comparator& c) {
    Version lo = c.version;
    if (c.op == ">") return v > lo;
    if (c.op == ">=") return v >= lo;
    if (c.op == "<") return v < lo;
    if (c.op == "<=") return v <= lo;
    Version hi = lo;
    if (c.op == "^") {
        std::size_t first = lo[0] != 0 || c.parts == 1 ? 0 : (lo[1] != 0 || c.parts == 2 ? 1 : 2);
        hi[first] += 1;
        for (std::size_t i = first + 1; i < 3; ++i)
            hi[i] = 0;
        return v >= lo && v < hi;
    }
    if (c.op == "~") {
        std::size_t level = c.parts >= 2 ? 1 : 0;
        hi[level] += 1;
        for (std::size_t i = level + 1; i < 3; ++i)
            hi[i] = 0;
        return v >= lo && v < hi;
    }
    // exact, or a prefix when parts were left out (`0.8` is every 0.8.x)
    for (int i = 0; i < c.parts; ++i)
        if (v[static_cast<std::size_t>(i)] != lo[static_cast<std::size_t>(i)]) return false;
    return true;
}

/// Splits on spaces, joining an operator written apart from its version (`>= 0.8.0`).
std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        if (start == i) break;
        std::string_view w = text.substr(start, i - start);
        bool only_op = w.find_first_of("0123456789xX*") == std::string_view::npos;
        if (only_op && i < text.size()) {
            while (i < text.size() && text[i] == ' ')
                ++i;
            while (i < text.size() && text[i] != ' ')
                ++i;
            w = text.substr(start, i - start);
        }
        out.push_back(w);
    }
    return out;
}

/// solc's experimental feature names (its ExperimentalFeatures.h).
constexpr std::array<std::string_view, 5> experimental_features{
    "ABIEncoderV2", "SMTChecker", "__test", "__testOnlyAnalysis", "solidity"};

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_space(text.back()))
        text.remove_suffix(1);
    return text;
}

/// The feature a `pragma experimental` value names: one identifier, number or string literal
/// (its contents). Empty when nothing is named; nullopt when more than one token follows.
std::optional<std::string_view> experimental_feature(std::string_view value) {
    value = trim(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.find(value.front(), 1) == value.size() - 1)
        return value.substr(1, value.size() - 2);
    if (std::any_of(value.begin(), value.end(), [](char c) { return is_space(c); }))
        return std::nullopt;
    return value;
}

} // namespace

void check_experimental_pragmas(ParseState& state, const ast::SourceUnit& unit) {
    std::vector<std::string_view> enabled;
    for (const ast::PragmaDirective& pragma : unit.pragmas) {
        if (pragma.name != "experimental") continue;
        const std::optional<std::string_view> feature = experimental_feature(pragma.value);
        const bool known =
            feature && std::find(experimental_features.begin(), experimental_features.end(),
                                 *feature) != experimental_features.end();
        const bool quoted = !trim(pragma.value).empty(); // `""` names an empty feature
        std::string message;
        if (!feature)
            message = "Stray arguments."; // solc 6022
        else if (feature->empty())
            message = quoted ? "Empty experimental feature name is invalid." // solc 3250
                             : "Experimental feature name is missing.";      // solc 9679
        else if (!known)
            message = "Unsupported experimental feature name."; // solc 8491
        else if (std::find(enabled.begin(), enabled.end(), *feature) != enabled.end())
            message = "Duplicate experimental feature name."; // solc 1231
        if (!message.empty()) {
            state.diagnostics->error(DiagCode::ExperimentalPragma, pragma.span, message).hint =
                "solc's experimental features are ABIEncoderV2, SMTChecker and solidity, each "
                "named once";
            continue;
        }
        enabled.push_back(*feature);
    }
}

void check_pragma(ParseState& state, const ast::PragmaDirective& pragma, const char* text) {
    if (pragma.name != "solidity") return;
    std::string_view source(text + (pragma.span.begin - state.bias), pragma.span.size());
    std::size_t at = source.find(pragma.value);
    const char* begin = text + (pragma.span.begin - state.bias) + (at == source.npos ? 0 : at);
    Span span = state.span(begin, begin + pragma.value.size());

    bool any_set_ok = false;
    std::string_view value = pragma.value;
    while (true) {
        std::size_t bar = value.find("||");
        std::string_view set = value.substr(0, bar);
        std::vector<Comparator> comparators;
        for (std::string_view w : words(set)) {
            auto c = parse_comparator(w);
            if (!c) {
                state.diagnostics
                    ->error(DiagCode::InvalidPragmaVersion, span,
                            "cannot read the version range '" + pragma.value + "'")
                    .hint = "write it as solc does, e.g. '^0.8.20' or '>=0.8.0 <0.9.0'";
                return;
            }
            comparators.push_back(*c);
        }
        for (int patch = 0; patch < 100 && !any_set_ok; ++patch) {
            bool all = !comparators.empty();
            for (const Comparator& c : comparators)
                all = all && satisfies({0, 8, patch}, c);
            any_set_ok = all;
        }
        if (bar == std::string_view::npos) break;
        value.remove_prefix(bar + 2);
    }
    if (!any_set_ok)
        state.diagnostics
            ->error(DiagCode::PragmaExcludesSolidity08, span,
                    "the version range '" + pragma.value +
                        "' excludes every Solidity 0.8.x; Mallory's language is a subset of "
                        "Solidity 0.8 (LANGUAGE.md §1)")
            .hint = "use 'pragma solidity ^0.8.0;'";
}

void check_abi_coder_pragmas(ParseState& state, const ast::SourceUnit& unit) {
    // solc's rules: `pragma abicoder` may not follow any earlier selection (3845);
    // `experimental ABIEncoderV2` may repeat a `pragma abicoder v2` but not contradict v1 (8273).
    bool selected = false;
    bool v1 = false;
    for (const ast::PragmaDirective& pragma : unit.pragmas) {
        const ast::PragmaDirective* p = &pragma;
        const bool experimental =
            p->name == "experimental" && p->value.find("ABIEncoderV2") != std::string::npos;
        const bool coder_named = p->value == "v1" || p->value == "v2" || p->value == "\"v1\"" ||
                                 p->value == "\"v2\"" || p->value == "'v1'" || p->value == "'v2'";
        if (p->name == "abicoder" && !coder_named) // solc 2745
            state.diagnostics->error(DiagCode::SyntaxError, p->span,
                                     "Expected either \"pragma abicoder v1\" or \"pragma "
                                     "abicoder v2\".");
        else if (p->name == "abicoder" && selected)
            state.diagnostics
                ->error(DiagCode::AbiCoderSelectedTwice, p->span,
                        "the ABI coder has already been selected for this source unit")
                .hint = "keep one `pragma abicoder v1;` or `pragma abicoder v2;` per file";
        else if (experimental && v1)
            state.diagnostics
                ->error(DiagCode::AbiCoderSelectedTwice, p->span,
                        "ABI coder v1 has already been selected through \"pragma abicoder v1\"")
                .hint = "keep one `pragma abicoder v1;` or `pragma abicoder v2;` per file";
        if (p->name == "abicoder" && !selected) v1 = p->value.find("v1") != std::string::npos;
        selected = selected || p->name == "abicoder" || experimental;
    }
}

} // namespace mallory::lang::parser
