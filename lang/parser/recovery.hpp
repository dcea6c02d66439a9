#pragma once
/// Error reporting and recovery (STYLE.md 10-11). The three list parsers here -- statements in a
/// block, members in a contract, declarations in a file -- catch every error of one item,
/// report it once, resynchronise at the next `;` or matching `}`, and go on, so one run reports
/// every independent error and cascades are suppressed.

#include "lang/parser/grammar.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/parse_state.hpp"

#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace mallory::lang::parser {

/// "expected X, found Y" for an X3 expectation failure at `where`.
void report_expected(ParseState& state, const char* where, const char* last,
                     std::string_view which);
void report_issue(ParseState& state, const SyntaxIssue& issue);
/// "expected <what>, found Y" at `at` (nothing matched there).
void report_unexpected(ParseState& state, const char* at, const char* last, DiagCode code,
                       std::string_view what);
/// "expected '}' to close <construct> opened at L:C" at `at`, with a note at the `{`.
void report_unclosed(ParseState& state, const char* at, const char* last, const char* open_brace,
                     std::string_view construct, const char* construct_begin);

/// Words that cannot start a statement but start a member: seeing one inside a block means the
/// block's '}' is missing.
bool starts_member(std::string_view word);
/// Words that start a top-level declaration: seeing one inside a contract means its '}' is
/// missing.
bool starts_top_level(std::string_view word);

/// `function (`: a function type name (a declaration statement), not a function definition.
inline bool function_type_ahead(const char* at, const char* last) {
    if (word_at(at, last) != "function") return false;
    const char* next = skip_trivia(at + 8, last);
    return next != last && *next == '(';
}

/// Parses items with `item(first)` until `}` (consumed; returns true) or the end of the input
/// (returns false). `stop_word` ends the list early (returns false, nothing consumed) when an
/// item would start with a word that belongs to the enclosing level.
template <typename Ctx, typename Item>
bool parse_items(const char*& first, const char* last, Ctx const& ctx, bool braced, Item&& item,
                 bool (*stop_word)(std::string_view), bool (*sync_stop)(std::string_view),
                 DiagCode nothing_code, std::string_view nothing_what) {
    ParseState& state = x3::get<state_tag>(ctx);
    for (;;) {
        first = skip_trivia(first, last);
        if (first == last) return false;
        if (*first == '}') {
            if (braced) {
                ++first;
                return true;
            }
            state.diagnostics->error(DiagCode::StrayClosingBrace, state.span(first, first + 1),
                                     "unexpected '}': there is no open '{' for it to close");
            ++first;
            continue;
        }
        if (stop_word && stop_word(word_at(first, last)) && !function_type_ahead(first, last))
            return false;
        const char* start = first;
        const char* error_at = start;
        const bool try_catch = word_at(start, last) == "try";
        try {
            if (item(first) && first != start) continue;
            first = start;
            report_unexpected(state, start, last, nothing_code, nothing_what);
        } catch (x3::expectation_failure<const char*> const& failure) {
            report_expected(state, failure.where(), last, failure.which());
            error_at = failure.where();
        } catch (SyntaxIssue const& issue) {
            report_issue(state, issue);
            error_at = issue.begin;
        }
        first = sync_skip(start, error_at, last, sync_stop);
        // `try ... { } catch ... { }`: the catch clauses belong to the failed statement.
        for (const char* next = skip_trivia(first, last);
             try_catch && word_at(next, last) == "catch"; next = skip_trivia(first, last))
            first = sync_skip(next, next, last);
        if (first == start) ++first;
    }
}

/// `{ statement* }` with statement-level recovery.
struct BlockBodyParser : x3::parser<BlockBodyParser> {
    using attribute_type = ast::Block;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::Block& out) const {
        x3::skip_over(first, last, ctx);
        if (first == last || *first != '{') return false;
        ParseState& state = x3::get<state_tag>(ctx);
        const char* open = first++;
        auto item = [&](const char*& at) {
            ast::Statement s;
            if (!statement.parse(at, last, ctx, x3::unused, s)) return false;
            out.statements.push_back(std::move(s));
            return true;
        };
        bool closed = parse_items(first, last, ctx, true, item, starts_member, nullptr,
                                  DiagCode::ExpectedStatement, "a statement");
        if (!closed) report_unclosed(state, first, last, open, "the block", open);
        out.span = state.span(open, first);
        return true;
    }
};

/// `{ member* }` of a contract or interface, with member-level recovery.
struct MemberListParser : x3::parser<MemberListParser> {
    using attribute_type = std::vector<ast::ContractMember>;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               std::vector<ast::ContractMember>& members) const {
        x3::skip_over(first, last, ctx);
        if (first == last || *first != '{') return false;
        ParseState& state = x3::get<state_tag>(ctx);
        const char* open = first++;
        const char* contract_begin = state.contract_begin ? state.contract_begin : open;
        auto item = [&](const char*& at) {
            if (ast::UsingDirective u; using_directive.parse(at, last, ctx, x3::unused, u)) {
                state.usings.push_back(std::move(u));
                return true;
            }
            ast::ContractMember m;
            if (!contract_member.parse(at, last, ctx, x3::unused, m)) return false;
            members.push_back(std::move(m));
            return true;
        };
        bool closed = parse_items(first, last, ctx, true, item, starts_top_level, starts_member,
                                  DiagCode::ExpectedMember,
                                  "a contract member (function, modifier, state variable, "
                                  "struct, enum, event, error, constructor, receive or fallback)");
        if (!closed) {
            std::string_view kind = word_at(contract_begin, last);
            report_unclosed(state, first, last, open, "'" + std::string(kind) + "'",
                            contract_begin);
        }
        return true;
    }
};

} // namespace mallory::lang::parser
