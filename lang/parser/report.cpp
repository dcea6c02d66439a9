// Error reporting for the parser: "expected X, found Y" messages and unclosed braces.
#include "lang/parser/parsers.hpp"
#include "lang/parser/recovery.hpp"

#include <array>

namespace mallory::lang::parser {

namespace {

/// Binary data and stray characters get their own code, so that "this is not a source file"
/// is recognisable.
DiagCode code_for_found(const char* at, const char* last, DiagCode otherwise) {
    if (at == last) return otherwise;
    auto c = static_cast<unsigned char>(*at);
    bool invalid =
        c >= 0x80 || c < 0x20 || c == 0x7f || c == '#' || c == '@' || c == '`' || c == '\\';
    return invalid && !is_space(*at) ? DiagCode::InvalidCharacter : otherwise;
}

/// One error at the end of the file per run: every open construct would report its own.
bool claim_eof(ParseState& state, const char* at, const char* last) {
    if (at != last) return true;
    if (state.eof_reported) return false;
    state.eof_reported = true;
    return true;
}

} // namespace

void report_expected(ParseState& state, const char* where, const char* last,
                     std::string_view which) {
    const char* at = skip_trivia(where, last);
    if (!claim_eof(state, at, last)) return;
    if (which.starts_with("';'") &&
        code_for_found(at, last, DiagCode::SyntaxError) == DiagCode::InvalidCharacter) {
        state.diagnostics->error(DiagCode::InvalidCharacter, state.span(at, token_end(at, last)),
                                 "unexpected " + describe_token(at, last) + "; expected " +
                                     std::string(which));
        return;
    }
    if (which.starts_with("';'")) {
        // Point just after the previous token, where the ';' belongs.
        state.diagnostics->error(DiagCode::SyntaxError, state.span(where, where),
                                 "expected " + std::string(which));
        return;
    }
    DiagCode code =
        which.starts_with("an expression") ? DiagCode::ExpectedExpression : DiagCode::SyntaxError;
    state.diagnostics->error(code_for_found(at, last, code), state.span(at, token_end(at, last)),
                             "expected " + std::string(which) + ", found " +
                                 describe_token(at, last));
}

void report_issue(ParseState& state, const SyntaxIssue& issue) {
    Diagnostic& d =
        state.diagnostics->error(issue.code, state.span(issue.begin, issue.end), issue.message);
    d.hint = issue.hint;
}

void report_unexpected(ParseState& state, const char* at, const char* last, DiagCode code,
                       std::string_view what) {
    if (!claim_eof(state, at, last)) return;
    state.diagnostics->error(code_for_found(at, last, code), state.span(at, token_end(at, last)),
                             "expected " + std::string(what) + ", found " +
                                 describe_token(at, last));
}

void report_unclosed(ParseState& state, const char* at, const char* last, const char* open_brace,
                     std::string_view construct, const char* construct_begin) {
    if (!claim_eof(state, at, last)) return;
    std::string message = "expected '}' to close " + std::string(construct) + " opened at " +
                          state.line_col_text(construct_begin);
    if (at != last) message += ", found " + describe_token(at, last);
    Diagnostic& d = state.diagnostics->error(DiagCode::UnclosedBrace,
                                             state.span(at, token_end(at, last)), message);
    d.notes.push_back({state.span(open_brace, open_brace + 1), "this '{' is not closed"});
}

bool starts_member(std::string_view word) {
    static constexpr std::array<std::string_view, 12> words = {
        "function", "modifier",  "event",    "constructor", "struct", "enum",
        "contract", "interface", "abstract", "library",     "pragma", "import"};
    for (std::string_view w : words)
        if (w == word) return true;
    return false;
}

bool starts_top_level(std::string_view word) {
    static constexpr std::array<std::string_view, 6> words = {"contract", "interface", "abstract",
                                                              "library",  "pragma",    "import"};
    for (std::string_view w : words)
        if (w == word) return true;
    return false;
}

std::string_view binary_op_text(ast::BinaryOp op) {
    for (const BinaryOpInfo& info : binary_ops)
        if (info.op == op) return info.text;
    return "?";
}

int binary_op_precedence(ast::BinaryOp op) {
    for (const BinaryOpInfo& info : binary_ops)
        if (info.op == op) return info.precedence;
    return 0;
}

std::string_view assign_op_text(ast::AssignOp op) {
    switch (op) {
    case ast::AssignOp::assign:
        return "=";
    case ast::AssignOp::add:
        return "+=";
    case ast::AssignOp::sub:
        return "-=";
    case ast::AssignOp::mul:
        return "*=";
    case ast::AssignOp::div:
        return "/=";
    case ast::AssignOp::mod:
        return "%=";
    case ast::AssignOp::bit_or:
        return "|=";
    case ast::AssignOp::bit_and:
        return "&=";
    case ast::AssignOp::bit_xor:
        return "^=";
    case ast::AssignOp::shl:
        return "<<=";
    case ast::AssignOp::shr:
        return ">>=";
    }
    return "=";
}

} // namespace mallory::lang::parser
