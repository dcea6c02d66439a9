// inline_assembly := 'assembly' ['"evmasm"'] ['(' string (',' string)* ')'] yul_block
// yul_block       := '{' yul_statement* '}'
// yul_statement   := yul_block | 'let' yul_name (',' yul_name)* [':=' yul_expr]
//                  | yul_name (',' yul_name)* ':=' yul_expr | yul_call
//                  | 'if' yul_expr yul_block
//                  | 'switch' yul_expr ('case' yul_literal yul_block)* ['default' yul_block]
//                  | 'for' yul_block yul_expr yul_block yul_block | 'break' | 'continue'
//                    (break and continue only in a for body, as solc's parser requires)
//                  | 'function' yul_name '(' [yul_name (',' yul_name)*] ')'
//                    ['->' yul_name (',' yul_name)*] yul_block
//                    (not in a for's init block) | 'leave' (only in a function body)
// yul_expr        := yul_call | yul_name | number | 'true' | 'false'
// yul_call        := yul_name '(' [yul_expr (',' yul_expr)*] ')'
// yul_name        := [a-zA-Z_$][a-zA-Z_$0-9.]*         -- `x.slot` is one name, split after
#include "lang/parser/yul.hpp"

#include "lang/parser/lexer.hpp"
#include "lang/yul_builtins.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace mallory::lang::parser {

namespace {

constexpr int max_yul_depth = 200;

bool is_yul_name_char(char c) {
    return is_ident_char(c) || c == '.';
}

/// Yul's keywords: never a name (solc's Yul scanner reads a bare `hex` as an illegal token).
bool is_yul_keyword(std::string_view word) {
    return word == "let" || word == "function" || word == "if" || word == "switch" ||
           word == "case" || word == "default" || word == "for" || word == "break" ||
           word == "continue" || word == "leave" || word == "true" || word == "false" ||
           word == "hex";
}

class YulParser {
public:
    YulParser(const char* first, const char* last, const ParseState& state)
        : m_at(first), m_last(last), m_state(state) {}

    const char* at() const { return m_at; }

    void assembly(ast::InlineAssembly& out) {
        const char* begin = m_at;
        m_at += 8; // "assembly"
        skip();
        if (peek() == '"') dialect();
        if (peek() == '(') flags(out.flags);
        skip();
        if (peek() != '{') fail(m_at, "expected '{' to open the inline assembly block");
        block(out.body, 0);
        out.span = m_state.span(begin, m_at);
    }

private:
    const char* m_at;
    const char* m_last;
    const ParseState& m_state;
    /// Whether the statement being read is in a `for` body (and not in its init or post
    /// block): only there may `break` and `continue` stand. A function body starts afresh.
    bool m_in_loop_body = false;
    /// Whether the statement being read is in a function body: only there may `leave` stand.
    bool m_in_function = false;
    /// Whether the statement being read is in a `for`'s init block, where solc's parser
    /// allows no function definition (its names would live through the loop).
    bool m_in_for_init = false;

    void skip() { m_at = skip_trivia(m_at, m_last); }
    char peek() {
        skip();
        return m_at == m_last ? '\0' : *m_at;
    }
    [[noreturn]] void fail(const char* where, std::string message) const {
        throw_issue(DiagCode::SyntaxError, where, token_end(where, m_last), std::move(message));
    }
    /// Consumes `c` if it comes next.
    bool accept(char c) {
        if (peek() != c) return false;
        ++m_at;
        return true;
    }
    void expect(char c, const char* what) {
        if (peek() != c)
            fail(m_at, fmt::format("expected {} in inline assembly, found {}", what,
                                   describe_token(m_at, m_last)));
        ++m_at;
    }

    std::string string_literal() {
        const char* open = m_at++;
        while (m_at != m_last && *m_at != '"' && *m_at != '\n')
            ++m_at;
        if (m_at == m_last || *m_at != '"') fail(open, "unterminated string literal");
        ++m_at;
        return std::string(open + 1, m_at - 1);
    }

    void dialect() {
        const char* begin = m_at;
        if (string_literal() != "evmasm")
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        "only the \"evmasm\" inline assembly dialect exists");
    }

    void flags(std::vector<std::string>& out) {
        const char* begin = m_at;
        ++m_at; // '('
        do {
            if (peek() != '"') fail(m_at, "expected a string literal as inline assembly flag");
            out.push_back(string_literal());
        } while (accept(','));
        expect(')', "')' after the inline assembly flags");
        // solc's SyntaxChecker (7026): the one flag it knows may be given once.
        if (std::count(out.begin(), out.end(), "memory-safe") > 1)
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        "Inline assembly marked memory-safe multiple times.");
    }

    void block(std::vector<ast::YulStatement>& out, int depth) {
        if (depth > max_yul_depth) fail(m_at, "inline assembly nested too deeply");
        expect('{', "'{'");
        while (peek() != '}') {
            if (m_at == m_last) fail(m_at, "expected '}' to close the inline assembly block");
            out.push_back(statement(depth));
        }
        ++m_at;
    }

    Name name() {
        skip();
        const char* begin = m_at;
        if (m_at == m_last || !is_ident_start(*m_at))
            fail(m_at,
                 fmt::format("expected a Yul identifier, found {}", describe_token(m_at, m_last)));
        while (m_at != m_last && is_yul_name_char(*m_at))
            ++m_at;
        return {std::string(begin, m_at), m_state.span(begin, m_at)};
    }

    /// A name that a `let` declares or an assignment writes: neither a keyword nor a builtin.
    Name target_name(bool declaring) {
        skip();
        const char* begin = m_at;
        Name n = name();
        if (is_yul_keyword(n.text))
            fail(begin, fmt::format("expected a Yul identifier, found the keyword '{}'", n.text));
        if (is_evm_builtin_name(n.text))
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        declaring
                            ? fmt::format("Cannot use builtin function name \"{}\" as "
                                          "identifier name.",
                                          n.text)
                            : fmt::format("Cannot assign to builtin function \"{}\".", n.text));
        return n;
    }

    ast::YulExpression identifier(Name n) {
        ast::YulExpression e;
        e.kind = ast::YulExpression::Kind::identifier;
        e.span = e.name_span = n.span;
        // `x.slot`: a suffix that Solidity gives meaning to, on a Solidity variable.
        const auto dot = n.text.rfind('.');
        const std::string_view tail = dot == std::string::npos
                                          ? std::string_view{}
                                          : std::string_view(n.text).substr(dot + 1);
        if (tail == "slot" || tail == "offset" || tail == "length" || tail == "address" ||
            tail == "selector") {
            e.suffix = std::string(tail);
            n.text.resize(dot);
        }
        e.name = std::move(n.text);
        return e;
    }

    ast::YulStatement statement(int depth) {
        skip();
        const char* begin = m_at;
        ast::YulStatement s;
        if (*m_at == '{') {
            s.kind = ast::YulStatement::Kind::block;
            block(s.body, depth + 1);
        } else {
            const std::string_view word = word_at(m_at, m_last);
            if (word == "let")
                let(s, depth);
            else if (word == "if")
                conditional(s, depth);
            else if (word == "switch")
                switch_statement(s, depth);
            else if (word == "for")
                loop(s, depth);
            else if (word == "break" || word == "continue")
                loop_jump(s, word);
            else if (word == "function")
                function_definition(s, depth);
            else if (word == "leave")
                leave(s);
            else if (word == "case" || word == "default")
                fail(m_at, fmt::format("'{}' outside a Yul switch", word));
            else
                assignment_or_call(s, depth);
        }
        s.span = m_state.span(begin, m_at);
        return s;
    }

    void conditional(ast::YulStatement& s, int depth) {
        m_at += 2;
        s.kind = ast::YulStatement::Kind::if_;
        s.value.push_back(expression(depth + 1));
        skip();
        if (peek() != '{') fail(m_at, "expected '{' after the condition of a Yul 'if'");
        block(s.body, depth + 1);
    }

    void switch_statement(ast::YulStatement& s, int depth) {
        const char* begin = m_at;
        m_at += 6;
        s.kind = ast::YulStatement::Kind::switch_;
        s.value.push_back(expression(depth + 1));
        bool has_default = false;
        for (;;) {
            skip();
            const char* at = m_at;
            const std::string_view word = word_at(m_at, m_last);
            if (word != "case" && word != "default") break;
            if (has_default)
                fail(at, word == "case" ? "Case not allowed after default case."
                                        : "Only one default case allowed.");
            ast::YulStatement c;
            c.kind = ast::YulStatement::Kind::case_;
            m_at += word.size();
            if (word == "case") {
                skip();
                const char* literal = m_at;
                c.value.push_back(expression(depth + 1));
                if (c.value.front().kind != ast::YulExpression::Kind::literal)
                    fail(literal, "Literal expected.");
            } else {
                has_default = true;
            }
            if (peek() != '{') fail(m_at, fmt::format("expected '{{' after the Yul '{}'", word));
            block(c.body, depth + 1);
            c.span = m_state.span(at, m_at);
            s.body.push_back(std::move(c));
        }
        if (s.body.empty()) fail(begin, "Switch statement without any cases.");
    }

    void loop(ast::YulStatement& s, int depth) {
        m_at += 3;
        s.kind = ast::YulStatement::Kind::for_;
        const bool outer = m_in_loop_body;
        m_in_loop_body = false;
        if (peek() != '{') fail(m_at, "expected '{' to open the initialisation of a Yul 'for'");
        const bool outer_init = m_in_for_init;
        m_in_for_init = true;
        block(s.init, depth + 1);
        m_in_for_init = false; // the post block and the body may define functions
        s.value.push_back(expression(depth + 1));
        if (peek() != '{') fail(m_at, "expected '{' to open the post block of a Yul 'for'");
        block(s.post, depth + 1);
        if (peek() != '{') fail(m_at, "expected '{' to open the body of a Yul 'for'");
        m_in_loop_body = true;
        block(s.body, depth + 1);
        m_in_loop_body = outer;
        m_in_for_init = outer_init;
    }

    void loop_jump(ast::YulStatement& s, std::string_view word) {
        if (!m_in_loop_body)
            throw_issue(DiagCode::SyntaxError, m_at, m_at + word.size(),
                        fmt::format("Keyword \"{}\" needs to be inside a for-loop body.", word));
        s.kind =
            word == "break" ? ast::YulStatement::Kind::break_ : ast::YulStatement::Kind::continue_;
        m_at += word.size();
    }

    // 'function' yul_name '(' [yul_name (',' yul_name)*] ')' ['->' yul_name (',' yul_name)*]
    // yul_block
    void function_definition(ast::YulStatement& s, int depth) {
        if (m_in_for_init)
            throw_issue(DiagCode::SyntaxError, m_at, m_at + 8,
                        "Functions cannot be defined inside a for-loop init block."); // solc 3441
        m_at += 8; // past "function"
        s.kind = ast::YulStatement::Kind::function_;
        Name n = target_name(true);
        s.name = std::move(n.text);
        s.name_span = n.span;
        expect('(', "'(' after the name of a Yul function");
        if (peek() != ')') {
            do
                s.parameters.push_back(identifier(target_name(true)));
            while (accept(','));
        }
        expect(')', "')' or ',' in the parameters of a Yul function");
        if (peek() == '-' && m_at + 1 != m_last && m_at[1] == '>') {
            m_at += 2;
            do
                s.returns.push_back(identifier(target_name(true)));
            while (accept(','));
        }
        if (peek() != '{') fail(m_at, "expected '{' to open the body of a Yul function");
        // The body is a scope of its own: no loop of the enclosing code reaches into it.
        const bool outer_loop = m_in_loop_body, outer_init = m_in_for_init;
        const bool outer_function = m_in_function;
        m_in_loop_body = m_in_for_init = false;
        m_in_function = true;
        block(s.body, depth + 1);
        m_in_loop_body = outer_loop;
        m_in_for_init = outer_init;
        m_in_function = outer_function;
    }

    void leave(ast::YulStatement& s) {
        if (!m_in_function)
            throw_issue(DiagCode::SyntaxError, m_at, m_at + 5,
                        "Keyword \"leave\" can only be used inside a function."); // solc 8149
        s.kind = ast::YulStatement::Kind::leave;
        m_at += 5;
    }

    void let(ast::YulStatement& s, int depth) {
        m_at += 3;
        s.kind = ast::YulStatement::Kind::let;
        do
            s.targets.push_back(identifier(target_name(true)));
        while (accept(','));
        if (peek() == ':' && m_at + 1 != m_last && m_at[1] == '=') {
            m_at += 2;
            s.value.push_back(expression(depth + 1));
        }
    }

    void assignment_or_call(ast::YulStatement& s, int depth) {
        const char* begin = m_at;
        Name first = name();
        if (peek() == '(') {
            s.kind = ast::YulStatement::Kind::expression;
            s.value.push_back(call(std::move(first), depth + 1));
            return;
        }
        m_at = begin; // read the first target again, as a target
        s.kind = ast::YulStatement::Kind::assign;
        s.targets.push_back(identifier(target_name(false)));
        while (peek() == ',') {
            ++m_at;
            s.targets.push_back(identifier(target_name(false)));
        }
        if (peek() != ':' || m_at + 1 == m_last || m_at[1] != '=')
            fail(m_at, fmt::format("expected ':=' or '(' after a Yul identifier, found {}",
                                   describe_token(m_at, m_last)));
        m_at += 2;
        s.value.push_back(expression(depth + 1));
    }

    ast::YulExpression call(Name callee, int depth) {
        if (depth > max_yul_depth) fail(m_at, "inline assembly nested too deeply");
        ast::YulExpression e;
        e.kind = ast::YulExpression::Kind::call;
        e.name_span = callee.span;
        e.name = std::move(callee.text);
        ++m_at; // '('
        if (peek() != ')') {
            do
                e.arguments.push_back(expression(depth + 1));
            while (accept(','));
        }
        expect(')', "')' or ',' in the arguments");
        e.span = {e.name_span.file, e.name_span.begin, m_state.offset(m_at)};
        return e;
    }

    ast::YulExpression expression(int depth) {
        skip();
        const char* begin = m_at;
        if (m_at != m_last && is_digit(*m_at)) return number();
        if (m_at != m_last && (*m_at == '"' || *m_at == '\'')) return string_literal_word();
        Name n = name();
        if (n.text == "true" || n.text == "false") {
            ast::YulExpression e;
            e.span = e.name_span = n.span;
            e.name = std::move(n.text);
            return e;
        }
        if (n.text == "hex" && (peek() == '"' || peek() == '\'')) return hex_literal_word(begin);
        if (peek() == '(') return call(std::move(n), depth);
        if (is_yul_keyword(n.text))
            fail(begin, fmt::format("expected a Yul expression, found the keyword '{}'", n.text));
        if (is_evm_builtin_name(n.text))
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        fmt::format("Builtin function \"{}\" must be called.", n.text));
        return identifier(std::move(n));
    }

    /// A literal of up to 32 bytes, as `hex"..."`: the one spelling yul_literal_value reads
    /// for both string forms (the word holds the bytes left-aligned, as in solc).
    ast::YulExpression bytes_literal(const char* begin, const std::string& bytes) {
        if (bytes.size() > 32)
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        fmt::format("String literal too long ({} > 32)", bytes.size()));
        ast::YulExpression e;
        e.span = e.name_span = m_state.span(begin, m_at);
        e.name = "hex\"";
        for (const char c : bytes)
            e.name += fmt::format("{:02x}", static_cast<unsigned char>(c));
        e.name += '"';
        return e;
    }

    /// The end of a quoted piece starting at `m_at` (past its closing quote).
    const char* quoted_end() {
        const char quote = *m_at;
        const char* p = m_at + 1;
        while (p != m_last && *p != quote && *p != '\n')
            p += (*p == '\\' && p + 1 != m_last) ? 2 : 1;
        if (p == m_last || *p != quote) fail(m_at, "unterminated string literal");
        return p + 1;
    }

    ast::YulExpression string_literal_word() {
        const char* begin = m_at;
        const char* end = quoted_end();
        std::string bytes;
        decode_string_body(begin + 1, end - 1, bytes);
        m_at = end;
        return bytes_literal(begin, bytes);
    }

    ast::YulExpression hex_literal_word(const char* begin) {
        skip();
        const char* end = quoted_end();
        std::string digits;
        for (const char* p = m_at + 1; p != end - 1; ++p) {
            if (*p == '_' && !digits.empty() && p + 1 != end - 1 &&
                std::isxdigit(static_cast<unsigned char>(p[1])) && digits.size() % 2 == 0)
                continue;
            if (!std::isxdigit(static_cast<unsigned char>(*p)))
                fail(p, "expected hex digits in a hex string literal");
            digits += *p;
        }
        if (digits.size() % 2 != 0)
            fail(m_at, "Expected even number of hex-nibbles."); // solc's scanner
        std::string bytes;
        for (std::size_t i = 0; i < digits.size(); i += 2)
            bytes += static_cast<char>(std::stoi(digits.substr(i, 2), nullptr, 16));
        m_at = end;
        return bytes_literal(begin, bytes);
    }

    ast::YulExpression number() {
        const char* begin = m_at;
        while (m_at != m_last && is_ident_char(*m_at))
            ++m_at;
        // A leading zero before a digit reads as octal in C; Yul rejects it (solc 1465).
        if (m_at - begin > 1 && begin[0] == '0' && is_digit(begin[1]))
            throw_issue(DiagCode::SyntaxError, begin, m_at,
                        "Illegal token: Octal numbers not allowed.");
        ast::YulExpression e;
        e.span = e.name_span = m_state.span(begin, m_at);
        e.name = std::string(begin, m_at);
        return e;
    }
};

} // namespace

bool parse_inline_assembly(const char*& first, const char* last, const ParseState& state,
                           ast::InlineAssembly& out) {
    if (word_at(first, last) != "assembly") return false;
    YulParser parser(first, last, state);
    parser.assembly(out);
    first = parser.at();
    return true;
}

} // namespace mallory::lang::parser
