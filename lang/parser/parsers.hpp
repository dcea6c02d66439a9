#pragma once
/// Custom X3 parser components used by grammar_def.hpp: the `spanned` and `nest` directives,
/// operator tokens, keyword choices, and the parsers that reject valid Solidity outside the
/// subset with a dedicated message.

#include "lang/ast.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/parse_state.hpp"

#include <array>
#include <boost/spirit/home/x3.hpp>
#include <string_view>
#include <utility>

namespace mallory::lang::parser {

namespace x3 = boost::spirit::x3;

/// A token's value with where it was written (for spans and "given twice" errors).
template <typename T> struct Located {
    T value{};
    const char* begin = nullptr;
    const char* end = nullptr;
};

/// `spanned[p]`: sets the span of the enclosing rule's node (`_val`) to the text `p` matched.
/// Needed because X3 does not pass the attribute to on_success when a rule has actions.
template <typename Subject>
struct SpanDirective : x3::unary_parser<Subject, SpanDirective<Subject>> {
    using base_type = x3::unary_parser<Subject, SpanDirective<Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr explicit SpanDirective(Subject const& s) : base_type(s) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        x3::skip_over(first, last, ctx);
        It begin = first;
        // The start is known now; actions inside may use it (e.g. "opened at" positions).
        if constexpr (std::is_base_of_v<ast::Node, RCtx>)
            rctx.span = x3::get<state_tag>(ctx).span(begin, begin);
        if (!this->subject.parse(first, last, ctx, rctx, x3::unused)) {
            first = begin;
            return false;
        }
        if constexpr (std::is_base_of_v<ast::Node, RCtx>)
            rctx.span = x3::get<state_tag>(ctx).span(begin, first);
        return true;
    }
};

struct spanned_gen {
    template <typename Subject> constexpr auto operator[](Subject const& s) const {
        return SpanDirective<typename x3::extension::as_parser<Subject>::value_type>{
            x3::as_parser(s)};
    }
};
inline constexpr spanned_gen spanned{};

/// `nest[p]`: counts nesting depth, so that ten thousand '(' give an error instead of a stack
/// overflow.
template <typename Subject>
struct NestDirective : x3::unary_parser<Subject, NestDirective<Subject>> {
    using base_type = x3::unary_parser<Subject, NestDirective<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit NestDirective(Subject const& s) : base_type(s) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        ParseState& state = x3::get<state_tag>(ctx);
        if (state.depth >= state.max_depth) {
            const char* at = skip_trivia(first, last);
            throw_issue(DiagCode::NestingTooDeep, at, token_end(at, last),
                        "nesting is too deep (the limit is " + std::to_string(state.max_depth) +
                            " levels of expressions and blocks)",
                        "split the expression or the function into smaller parts");
        }
        struct Guard {
            int& depth;
            ~Guard() { --depth; }
        } guard{++state.depth};
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};

struct nest_gen {
    template <typename Subject> constexpr auto operator[](Subject const& s) const {
        return NestDirective<typename x3::extension::as_parser<Subject>::value_type>{
            x3::as_parser(s)};
    }
};
inline constexpr nest_gen nest{};

/// Counts one more level of tree depth for a node built in a loop (a binary operator, a postfix
/// suffix, an array dimension): `a + b + c ...` makes a tree as deep as it is long, and every
/// later pass walks it recursively. Restored by the enclosing `chain_scope`.
inline void charge_depth(ParseState& state, const char* at, const char* last) {
    if (++state.depth <= state.max_depth) return;
    throw_issue(DiagCode::NestingTooDeep, at, token_end(at, last),
                "this expression is too long or nested too deep (the limit is " +
                    std::to_string(state.max_depth) + " levels of operators and nesting)",
                "split it into several statements with local variables");
}

/// `chain_scope[p]`: the depth charged by loops inside `p` is given back when `p` ends.
template <typename Subject>
struct ChainScopeDirective : x3::unary_parser<Subject, ChainScopeDirective<Subject>> {
    using base_type = x3::unary_parser<Subject, ChainScopeDirective<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit ChainScopeDirective(Subject const& s) : base_type(s) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        ParseState& state = x3::get<state_tag>(ctx);
        struct Restore {
            int& depth;
            int saved;
            ~Restore() { depth = saved; }
        } restore{state.depth, state.depth};
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};

struct chain_scope_gen {
    template <typename Subject> constexpr auto operator[](Subject const& s) const {
        return ChainScopeDirective<typename x3::extension::as_parser<Subject>::value_type>{
            x3::as_parser(s)};
    }
};
inline constexpr chain_scope_gen chain_scope{};

/// One of a fixed set of words, e.g. the visibilities.
template <typename T, std::size_t N> struct WordChoice : x3::parser<WordChoice<T, N>> {
    using attribute_type = Located<T>;
    std::array<std::pair<std::string_view, T>, N> table;
    std::string_view what_text;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        x3::skip_over(first, last, ctx);
        std::string_view w = word_at(first, last);
        for (auto const& [word, value] : table) {
            if (w != word) continue;
            if constexpr (!std::is_same_v<Attr, x3::unused_type>)
                attr = Located<T>{value, first, first + w.size()};
            first += w.size();
            return true;
        }
        return false;
    }
};

inline constexpr WordChoice<ast::Visibility, 4> visibility_word{
    {},
    {{{"public", ast::Visibility::public_},
      {"external", ast::Visibility::external},
      {"internal", ast::Visibility::internal},
      {"private", ast::Visibility::private_}}},
    "a visibility"};
inline constexpr WordChoice<ast::Mutability, 3> mutability_word{
    {},
    {{{"view", ast::Mutability::view},
      {"pure", ast::Mutability::pure},
      {"payable", ast::Mutability::payable}}},
    "a state mutability"};
inline constexpr WordChoice<ast::DataLocation, 3> location_word{
    {},
    {{{"memory", ast::DataLocation::memory},
      {"storage", ast::DataLocation::storage},
      {"calldata", ast::DataLocation::calldata}}},
    "a data location"};

/// The binary operators, longest first, with Solidity's precedence (higher binds tighter).
struct BinaryOpInfo {
    std::string_view text;
    ast::BinaryOp op;
    int precedence;
    bool right_assoc;
    std::string_view not_before; ///< would make it another token (`+=`, `&&`)
};

inline constexpr std::array<BinaryOpInfo, 19> binary_ops = {{
    {"**", ast::BinaryOp::exp, 10, true, "="},
    {"<<", ast::BinaryOp::shl, 7, false, "="},
    {">>", ast::BinaryOp::shr, 7, false, "=>"},
    {"<=", ast::BinaryOp::le, 3, false, ""},
    {">=", ast::BinaryOp::ge, 3, false, ""},
    {"==", ast::BinaryOp::eq, 2, false, ""},
    {"!=", ast::BinaryOp::ne, 2, false, ""},
    {"&&", ast::BinaryOp::logical_and, 1, false, ""},
    {"||", ast::BinaryOp::logical_or, 0, false, ""},
    {"*", ast::BinaryOp::mul, 9, false, "="},
    {"/", ast::BinaryOp::div, 9, false, "="},
    {"%", ast::BinaryOp::mod, 9, false, "="},
    {"+", ast::BinaryOp::add, 8, false, "=+"},
    {"-", ast::BinaryOp::sub, 8, false, "=-"},
    {"&", ast::BinaryOp::bit_and, 6, false, "="},
    {"^", ast::BinaryOp::bit_xor, 5, false, "="},
    {"|", ast::BinaryOp::bit_or, 4, false, "="},
    {"<", ast::BinaryOp::lt, 3, false, ""},
    {">", ast::BinaryOp::gt, 3, false, ""},
}};

/// The binary operator at `p`, or nullptr.
inline const BinaryOpInfo* match_binary_op(const char* p, const char* end) {
    for (const BinaryOpInfo& info : binary_ops) {
        std::size_t n = info.text.size();
        if (static_cast<std::size_t>(end - p) < n || std::string_view(p, n) != info.text) continue;
        if (p + n != end && info.not_before.find(p[n]) != std::string_view::npos) return nullptr;
        return &info;
    }
    return nullptr;
}

/// Operator spellings for messages and the printer.
std::string_view binary_op_text(ast::BinaryOp op);
int binary_op_precedence(ast::BinaryOp op);
std::string_view assign_op_text(ast::AssignOp op);

/// `=`, `+=`, ..., `>>=`.
struct AssignOpParser : x3::parser<AssignOpParser> {
    using attribute_type = Located<ast::AssignOp>;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               Located<ast::AssignOp>& attr) const {
        x3::skip_over(first, last, ctx);
        static constexpr std::array<std::pair<std::string_view, ast::AssignOp>, 11> ops = {{
            {"<<=", ast::AssignOp::shl},
            {">>=", ast::AssignOp::shr},
            {"+=", ast::AssignOp::add},
            {"-=", ast::AssignOp::sub},
            {"*=", ast::AssignOp::mul},
            {"/=", ast::AssignOp::div},
            {"%=", ast::AssignOp::mod},
            {"|=", ast::AssignOp::bit_or},
            {"&=", ast::AssignOp::bit_and},
            {"^=", ast::AssignOp::bit_xor},
            {"=", ast::AssignOp::assign},
        }};
        for (auto const& [text, op] : ops) {
            std::size_t n = text.size();
            if (static_cast<std::size_t>(last - first) < n || std::string_view(first, n) != text)
                continue;
            if (op == ast::AssignOp::assign && first + 1 != last &&
                (first[1] == '=' || first[1] == '>'))
                return false;
            attr = {op, first, first + n};
            first += n;
            return true;
        }
        return false;
    }
};

/// Prefix operators: `! ~ - ++ -- delete`. A unary `+` is reported (it was removed in 0.8).
struct PrefixOpParser : x3::parser<PrefixOpParser> {
    using attribute_type = Located<ast::UnaryOp>;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               Located<ast::UnaryOp>& attr) const {
        x3::skip_over(first, last, ctx);
        if (first == last) return false;
        auto two = [&](char c) { return last - first > 1 && first[1] == c; };
        ast::UnaryOp op;
        std::size_t n = 1;
        switch (*first) {
        case '!':
            if (two('=')) return false;
            op = ast::UnaryOp::logical_not;
            break;
        case '~':
            op = ast::UnaryOp::bit_not;
            break;
        case '-':
            if (two('=')) return false;
            op = two('-') ? ast::UnaryOp::pre_dec : ast::UnaryOp::negate;
            n = two('-') ? 2 : 1;
            break;
        case '+':
            if (two('=')) return false;
            if (!two('+'))
                throw_issue(DiagCode::UnaryPlus, first, first + 1,
                            "unary '+' is not allowed in Solidity 0.8", "remove the '+'");
            op = ast::UnaryOp::pre_inc;
            n = 2;
            break;
        default:
            if (word_at(first, last) != "delete") return false;
            op = ast::UnaryOp::del;
            n = 6;
        }
        attr = {op, first, first + n};
        first += n;
        return true;
    }
};

/// Postfix `++` and `--`.
struct PostfixOpParser : x3::parser<PostfixOpParser> {
    using attribute_type = Located<ast::UnaryOp>;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               Located<ast::UnaryOp>& attr) const {
        x3::skip_over(first, last, ctx);
        if (last - first < 2 || first[0] != first[1] || (first[0] != '+' && first[0] != '-'))
            return false;
        attr = {first[0] == '+' ? ast::UnaryOp::post_inc : ast::UnaryOp::post_dec, first,
                first + 2};
        first += 2;
        return true;
    }
};

/// Matches `token` (a whole word, or punctuation when it does not start like a word) and throws
/// a SyntaxIssue: used for valid Solidity that Mallory's subset leaves out. `then` optionally
/// requires a following punctuation character (`type X is` vs `type(...)`).
struct RejectParser : x3::parser<RejectParser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    std::string_view token;
    DiagCode code;
    std::string_view message;
    std::string_view hint;
    char then = 0;     ///< required next character (after trivia), 0 for none
    char not_then = 0; ///< forbidden next character, 0 for none

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        x3::skip_over(first, last, ctx);
        std::size_t n = token.size();
        if (is_ident_start(token[0])) {
            if (word_at(first, last) != token) return false;
        } else if (static_cast<std::size_t>(last - first) < n ||
                   std::string_view(first, n) != token) {
            return false;
        }
        const char* next = skip_trivia(first + n, last);
        if (then && (next == last || *next != then)) return false;
        if (not_then && next != last && *next == not_then) return false;
        throw_issue(code, first, first + n, std::string(message),
                    hint.empty() ? std::nullopt : std::optional<std::string>(hint));
    }
};

/// A keyword used as a callee (`payable(x)`, `type(T)`): builds the node with its span.
template <typename Node> struct KeywordCallee : x3::parser<KeywordCallee<Node>> {
    using attribute_type = Node;
    std::string_view word;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Node& attr) const {
        x3::skip_over(first, last, ctx);
        if (word_at(first, last) != word) return false;
        const char* next = skip_trivia(first + word.size(), last);
        if (next == last || *next != '(') return false;
        Span span = x3::get<state_tag>(ctx).span(first, first + word.size());
        if constexpr (std::is_same_v<Node, ast::Identifier>) {
            attr.name = std::string(word);
        } else {
            attr.type.name = std::string(word);
            attr.type.span = span;
        }
        attr.span = span;
        first += word.size();
        return true;
    }
};

/// Raw text up to (not including) the next `;` on the same statement, trimmed: a pragma's
/// value.
struct PragmaValueParser : x3::parser<PragmaValueParser> {
    using attribute_type = Located<std::string_view>;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               Located<std::string_view>& attr) const {
        x3::skip_over(first, last, ctx);
        const char* p = first;
        while (p != last && *p != ';' && *p != '\n' && *p != '}' && *p != '{')
            ++p;
        const char* end = p;
        while (end != first && is_space(end[-1]))
            --end;
        if (end == first) return false;
        attr = {std::string_view(first, static_cast<std::size_t>(end - first)), first, end};
        first = end;
        return true;
    }
};

} // namespace mallory::lang::parser

namespace boost::spirit::x3 {
/// An action is named after what it acts on (`expected an expression`, not a type name).
template <typename Subject, typename Action> struct get_info<action<Subject, Action>> {
    using result_type = std::string;
    std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};

/// A sequence is named after what it starts with: `'(' ... ')'` expected where nothing of it
/// matched reads "expected '('", never the parser's C++ type.
template <typename Left, typename Right> struct get_info<sequence<Left, Right>> {
    using result_type = std::string;
    std::string operator()(sequence<Left, Right> const& p) const { return what(p.left); }
};
template <typename Subject> struct get_info<expect_directive<Subject>> {
    using result_type = std::string;
    std::string operator()(expect_directive<Subject> const& p) const { return what(p.subject); }
};
template <typename Subject> struct get_info<optional<Subject>> {
    using result_type = std::string;
    std::string operator()(optional<Subject> const& p) const { return what(p.subject); }
};
template <typename Subject> struct get_info<plus<Subject>> {
    using result_type = std::string;
    std::string operator()(plus<Subject> const& p) const { return what(p.subject); }
};
template <typename Subject> struct get_info<kleene<Subject>> {
    using result_type = std::string;
    std::string operator()(kleene<Subject> const& p) const { return what(p.subject); }
};
/// `a % ','` expects an `a`.
template <typename Left, typename Right> struct get_info<list<Left, Right>> {
    using result_type = std::string;
    std::string operator()(list<Left, Right> const& p) const { return what(p.left); }
};
template <typename Left, typename Right> struct get_info<alternative<Left, Right>> {
    using result_type = std::string;
    std::string operator()(alternative<Left, Right> const& p) const {
        return what(p.left) + " or " + what(p.right);
    }
};

template <> struct get_info<mallory::lang::parser::PragmaValueParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::PragmaValueParser const&) const {
        return "the pragma's value";
    }
};

template <typename T, std::size_t N> struct get_info<mallory::lang::parser::WordChoice<T, N>> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::WordChoice<T, N> const& p) const {
        return std::string(p.what_text);
    }
};
} // namespace boost::spirit::x3
