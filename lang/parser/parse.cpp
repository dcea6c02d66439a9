// The parser's entry point: comment scan, the grammar, then the post-passes.
#include "lang/parser.hpp"
#include "lang/parser/config.hpp"
#include "lang/parser/grammar.hpp"
#include "lang/parser/passes.hpp"
#include "lang/parser/recovery.hpp"

#include <limits>

namespace mallory::lang {

namespace parser {

namespace {

template <typename Rule, typename Attr>
void run_rule(ParseState& state, const char*& first, const char* last, Rule const& rule,
              Attr& attr) {
    static skipper_type const skipper{};
    auto skipper_context = x3::make_context<x3::skipper_tag>(skipper);
    context_type const context = x3::make_context<state_tag>(state, skipper_context);
    rule.parse(first, last, context, x3::unused, attr);
}

/// solc (8936) rejects a comment whose direction overrides do not balance (see
/// unbalanced_direction_overrides). `[begin, end)` is the comment.
void check_direction_overrides(ParseState& state, std::string_view text, std::size_t begin,
                               std::size_t end) {
    const auto bad = unbalanced_direction_overrides(text.substr(begin, end - begin));
    if (!bad) return;
    if (bad->underflow) {
        state.diagnostics->error(
            DiagCode::DirectionOverride,
            state.span(text.data() + begin, text.data() + begin + bad->at),
            "Unicode direction override underflow in comment or string literal.");
        return;
    }
    state.diagnostics
        ->error(DiagCode::DirectionOverride, state.span(text.data() + begin, text.data() + end),
                "Mismatching directional override markers in comment or string literal.")
        .hint = "close each direction override (RLO, LRO, RLE, LRE) with a PDF in the comment";
}

} // namespace

void run_source_unit(ParseState& state, const char* first, const char* last,
                     ast::SourceUnit& unit) {
    // The source-unit loop catches everything per declaration; this is a last line of defence.
    try {
        run_rule(state, first, last, source_unit, unit);
    } catch (x3::expectation_failure<const char*> const& failure) {
        report_expected(state, failure.where(), last, failure.which());
    } catch (SyntaxIssue const& issue) {
        report_issue(state, issue);
    }
}

const char* run_expression(ParseState& state, const char* first, const char* last,
                           ast::Expression& out, DiagCode code) {
    Diagnostics local;
    Diagnostics* real = state.diagnostics;
    state.diagnostics = &local;
    const char* at = first;
    try {
        if (!(run_rule(state, at, last, expression, out), at != first)) {
            const char* tok = skip_trivia(first, last);
            report_unexpected(state, tok, last, code, "an expression");
        }
    } catch (x3::expectation_failure<const char*> const& failure) {
        report_expected(state, failure.where(), last, failure.which());
    } catch (SyntaxIssue const& issue) {
        report_issue(state, issue);
    }
    state.diagnostics = real;
    for (const Diagnostic& d : local.items()) {
        DiagCode kept = static_cast<unsigned>(d.code) < 4000 ? code : d.code;
        Diagnostic& copy = real->error(kept, d.span, "in annotation: " + d.message);
        copy.hint = d.hint;
        copy.notes = d.notes;
    }
    return local.has_errors() ? nullptr : at;
}

bool scan_comments(ParseState& state, std::string_view text, std::vector<DocLine>& doc_lines) {
    const char* base = text.data();
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        char c = text[i];
        if (c == '"' || c == '\'') { // strings may contain "//" and "/*"
            std::size_t j = i + 1;
            while (j < n && text[j] != c && text[j] != '\n')
                j += text[j] == '\\' ? 2 : 1;
            i = j + 1;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            std::size_t end = text.find('\n', i);
            if (end == std::string_view::npos) end = n;
            bool doc = i + 2 < n && text[i + 2] == '/' && !(i + 3 < n && text[i + 3] == '/');
            if (doc)
                doc_lines.push_back({static_cast<std::uint32_t>(i),
                                     static_cast<std::uint32_t>(i + 3),
                                     static_cast<std::uint32_t>(end)});
            check_direction_overrides(state, text, i, end);
            i = end;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            std::size_t end = text.find("*/", i + 2);
            if (end == std::string_view::npos) {
                state.diagnostics
                    ->error(DiagCode::UnterminatedComment, state.span(base + i, base + i + 2),
                            "unterminated comment: this '/*' is never closed")
                    .hint = "everything after it up to the end of the file is a comment";
                return true;
            }
            check_direction_overrides(state, text, i, end + 2);
            i = end + 2;
        } else {
            ++i;
        }
    }
    return false;
}

} // namespace parser

ast::SourceUnit parse(const SourceManager& sources, FileId file, Diagnostics& diagnostics,
                      ast::NodeId first_id) {
    const SourceFile& source = sources.file(file);
    std::string_view text = source.text();
    ast::SourceUnit unit;
    unit.span = {file, 0, 0};
    unit.node_count = first_id;
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        diagnostics.error(DiagCode::SyntaxError, unit.span,
                          "the file is too large (4 GiB or more)");
        return unit;
    }
    parser::ParseState state;
    state.file = file;
    state.origin = text.data();
    state.diagnostics = &diagnostics;
    state.source = &source;
    std::vector<parser::DocLine> doc_lines;
    // After an unterminated comment the parser meets the end of the file early: the comment's
    // own error explains it, so no "expected '}'" follows.
    state.eof_reported = parser::scan_comments(state, text, doc_lines);
    parser::run_source_unit(state, text.data(), text.data() + text.size(), unit);
    unit.span = {file, 0, static_cast<std::uint32_t>(text.size())};
    parser::check_abi_coder_pragmas(state, unit);
    parser::check_experimental_pragmas(state, unit);
    parser::check_license(state, text);
    parser::attach_annotations(state, text, doc_lines, unit);
    unit.node_count = parser::assign_node_ids(unit, first_id);
    return unit;
}

} // namespace mallory::lang
