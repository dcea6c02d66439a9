#pragma once
/// Per-parse state shared by the grammar's rules through the X3 context, and the exception the
/// grammar throws for errors that are not plain expectation failures (subset violations,
/// malformed literals, nesting too deep).

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mallory::lang::parser {

/// Key of the ParseState in the X3 context (`x3::get<state_tag>(ctx)`).
struct state_tag;

/// Everything one parse run mutates. Lives on the stack of `parse()`.
struct ParseState {
    FileId file = 0;
    /// The buffer being parsed and the file offset of its first byte: annotations are parsed
    /// from a cleaned-up copy of their comment, so their offsets are shifted by `bias`.
    const char* origin = nullptr;
    std::uint32_t bias = 0;
    Diagnostics* diagnostics = nullptr;
    const SourceFile* source = nullptr;

    /// Current nesting of expressions/statements and its limit, so that hostile input such as
    /// ten thousand '(' cannot overflow the stack.
    int depth = 0;
    int max_depth = 200;

    /// At most one "unexpected end of file" error per run: every open construct would
    /// otherwise report its own.
    bool eof_reported = false;
    /// Where the contract currently being parsed starts (for "opened at" messages).
    const char* contract_begin = nullptr;
    /// `using` directives of the contract being parsed: the member list collects them here
    /// (they are not members) and the contract takes them when it closes.
    std::vector<ast::UsingDirective> usings;

    Span span(const char* begin, const char* end) const {
        return {file, static_cast<std::uint32_t>(begin - origin) + bias,
                static_cast<std::uint32_t>(end - origin) + bias};
    }
    std::uint32_t offset(const char* at) const {
        return static_cast<std::uint32_t>(at - origin) + bias;
    }
    /// "3:1" for messages that mention another place.
    std::string line_col_text(const char* at) const;
};

/// A located syntax error with its own code and message; the recovering loops catch it,
/// report it and resynchronise.
struct SyntaxIssue {
    DiagCode code = DiagCode::SyntaxError;
    const char* begin = nullptr;
    const char* end = nullptr;
    std::string message;
    std::optional<std::string> hint;
};

[[noreturn]] inline void throw_issue(DiagCode code, const char* begin, const char* end,
                                     std::string message,
                                     std::optional<std::string> hint = std::nullopt) {
    throw SyntaxIssue{code, begin, end, std::move(message), std::move(hint)};
}

} // namespace mallory::lang::parser
