#pragma once
/// The lexical layer of the grammar: character classes, the skipper, the keyword table, and
/// custom X3 primitive parsers for the tokens whose errors need precise messages (identifiers,
/// keywords, punctuation, numbers, strings, elementary type names).

#include "lang/ast.hpp"
#include "lang/parser/parse_state.hpp"

#include <boost/spirit/home/x3.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::lang::parser {

namespace x3 = boost::spirit::x3;

constexpr bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
constexpr bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_ident_char(char c) {
    return is_ident_start(c) || is_digit(c);
}
constexpr bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Past whitespace and comments. An unterminated `/*` runs to the end (reported separately by
/// the comment scan, so the parser only sees the end of the file).
const char* skip_trivia(const char* p, const char* end);

/// The end of the token starting at `p` (an identifier, number, string or one character), for
/// the width of a caret.
const char* token_end(const char* p, const char* end);

/// How the token at `p` is named in "found ..." messages: `'uint'`, `end of file`,
/// `invalid character '\x00'`.
std::string describe_token(const char* p, const char* end);

/// Resynchronisation after an error in the construct that starts at `start`: the position just
/// after the first `;` at nesting level 0 at or after `error_at`, just after the `}` that closes
/// a brace opened inside the construct, or just before a `}` that closes an enclosing one --
/// or just before a word at nesting level 0 for which `stop_word` is true (`function` after a
/// broken state variable starts the next member; it must not be skipped with it).
const char* sync_skip(const char* start, const char* error_at, const char* end,
                      bool (*stop_word)(std::string_view) = nullptr);

/// Reserved words of Solidity 0.8 that can never be identifiers.
enum class WordKind : std::uint8_t { identifier, keyword, reserved };
WordKind classify_word(std::string_view word);

/// Elementary type names: `ok` for the subset, the others are valid Solidity outside it.
enum class ElementaryKind : std::uint8_t { none, ok, fixed_point };
ElementaryKind classify_elementary(std::string_view word);

/// Where Unicode direction embeddings and overrides (LRE, RLE, LRO, RLO: U+202A/B/D/E) in
/// `text` are not each closed by a later PDF (U+202C), as solc checks comments and unicode
/// literals (8936, "Trojan Source": such text displays in another order than it is read).
struct OverrideMismatch {
    std::size_t at; ///< the offset of the PDF that closes nothing, or text.size()
    bool underflow; ///< a PDF closes nothing (else one is left open)
};
std::optional<OverrideMismatch> unbalanced_direction_overrides(std::string_view text);

/// Decodes one string piece's body (between the quotes); throws SyntaxIssue on bad escapes.
void decode_string_body(const char* begin, const char* end, std::string& out, bool unicode = false);

/// A name with its span (identifiers are the most common token; names need their span for
/// name_span fields).
struct Name {
    std::string text;
    Span span;
};

inline std::string_view word_at(const char* p, const char* end) {
    const char* q = p;
    if (q != end && is_ident_start(*q))
        while (q != end && is_ident_char(*q))
            ++q;
    return {p, static_cast<std::size_t>(q - p)};
}

/// A keyword or contextual word (`contract`, `receive`, `from`) matched as a whole word.
struct WordParser : x3::parser<WordParser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    std::string_view word;

    constexpr explicit WordParser(std::string_view w) : word(w) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        x3::skip_over(first, last, ctx);
        if (word_at(first, last) != word) return false;
        first += word.size();
        return true;
    }
};

constexpr WordParser kw(std::string_view word) {
    return WordParser(word);
}

/// Punctuation. `not_before` lists characters that must not follow, so that `=` does not
/// match the start of `==` or `=>`.
struct PunctParser : x3::parser<PunctParser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    std::string_view text;
    std::string_view what_text;
    std::string_view not_before;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        x3::skip_over(first, last, ctx);
        if (static_cast<std::size_t>(last - first) < text.size() ||
            std::string_view(first, text.size()) != text)
            return false;
        It next = first + text.size();
        if (next != last && not_before.find(*next) != std::string_view::npos) return false;
        first = next;
        return true;
    }
};

/// `p(";")` matches `;`; the optional `what` names it in "expected ..." messages
/// (`"';' after expression"`).
constexpr PunctParser p(std::string_view text, std::string_view what = {},
                        std::string_view not_before = {}) {
    return PunctParser{{}, text, what, not_before};
}

/// An identifier that is not a keyword (but `also`, where the grammar allows that one: a
/// member is named `address` in `f.address`). Reserved words are an error of their own.
struct IdentParser : x3::parser<IdentParser> {
    using attribute_type = Name;
    std::string_view also{};

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
        x3::skip_over(first, last, ctx);
        std::string_view w = word_at(first, last);
        if (w.empty()) return false;
        switch (classify_word(w)) {
        case WordKind::keyword:
            if (w != also || also.empty()) return false;
            break;
        case WordKind::reserved:
            throw_issue(DiagCode::ReservedKeyword, first, first + w.size(),
                        "'" + std::string(w) + "' is a reserved keyword in Solidity and cannot " +
                            "be used as a name");
        case WordKind::identifier:
            break;
        }
        auto& state = x3::get<state_tag>(ctx);
        assign(attr, Name{std::string(w), state.span(first, first + w.size())});
        first += w.size();
        return true;
    }

private:
    static void assign(Name& to, Name&& from) { to = std::move(from); }
    static void assign(x3::unused_type, Name&&) {}
    template <typename Other> static void assign(Other& to, Name&& from) {
        x3::traits::move_to(std::move(from), to);
    }
};

/// `uint256`, `bool`, `address`, `bytes32`, `string`... (without `payable`). Valid elementary
/// types outside the subset (`fixed128x18`) are reported here, where they are written.
struct ElementaryParser : x3::parser<ElementaryParser> {
    using attribute_type = ast::ElementaryTypeName;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&,
               ast::ElementaryTypeName& attr) const {
        x3::skip_over(first, last, ctx);
        std::string_view w = word_at(first, last);
        switch (classify_elementary(w)) {
        case ElementaryKind::none:
            return false;
        case ElementaryKind::fixed_point:
            throw_issue(DiagCode::UnsupportedFixedPoint, first, first + w.size(),
                        "fixed-point type '" + std::string(w) +
                            "' is not supported by Mallory's subset (LANGUAGE.md §3)");
        case ElementaryKind::ok:
            break;
        }
        attr.name = std::string(w);
        attr.payable = false;
        attr.span = x3::get<state_tag>(ctx).span(first, first + w.size());
        first += w.size();
        return true;
    }
};

/// A number literal with an optional unit (`1_000`, `0xff`, `1e18`, `0.5 ether`).
struct NumberParser : x3::parser<NumberParser> {
    using attribute_type = ast::NumberLiteral;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::NumberLiteral& attr) const {
        x3::skip_over(first, last, ctx);
        if (first == last) return false;
        bool leading_dot = *first == '.' && last - first > 1 && is_digit(first[1]);
        if (!is_digit(*first) && !leading_dot) return false;
        const char* end = scan_number(first, last);
        attr.text.assign(first, end);
        attr.unit.clear();
        const char* after = scan_unit(end, last, attr.unit);
        attr.span = x3::get<state_tag>(ctx).span(first, after);
        first = after;
        return true;
    }

    /// Validates the literal's spelling and returns its end; throws SyntaxIssue when malformed.
    static const char* scan_number(const char* begin, const char* last);
    /// Consumes a unit word after the number, if there is one.
    static const char* scan_unit(const char* at, const char* last, std::string& unit);
};

/// One or more adjacent string pieces (`"a" 'b'`, `hex"00ff"`), decoded and concatenated.
struct StringParser : x3::parser<StringParser> {
    using attribute_type = ast::StringLiteral;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::StringLiteral& attr) const {
        x3::skip_over(first, last, ctx);
        const char* begin = first;
        const char* piece_end = scan_piece(first, last, attr, true);
        if (!piece_end) return false;
        const char* end = piece_end;
        for (;;) {
            const char* next = skip_trivia(end, last);
            const char* after = scan_piece(next, last, attr, false);
            if (!after) break;
            end = after;
        }
        attr.span = x3::get<state_tag>(ctx).span(begin, end);
        first = end;
        return true;
    }

    /// Scans one piece at `at` and appends it to `lit`; nullptr when no string starts there.
    static const char* scan_piece(const char* at, const char* last, ast::StringLiteral& lit,
                                  bool first_piece);
};

/// The skipper: whitespace, `// ...` and `/* ... */`.
struct SkipParser : x3::parser<SkipParser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It next = skip_trivia(first, last);
        if (next == first) return false;
        first = next;
        return true;
    }
};

} // namespace mallory::lang::parser

namespace boost::spirit::x3 {

template <> struct get_info<mallory::lang::parser::WordParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::WordParser const& p) const {
        return "'" + std::string(p.word) + "'";
    }
};

template <> struct get_info<mallory::lang::parser::PunctParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::PunctParser const& p) const {
        if (!p.what_text.empty()) return std::string(p.what_text);
        return "'" + std::string(p.text) + "'";
    }
};

template <> struct get_info<mallory::lang::parser::NumberParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::NumberParser const&) const { return "a number"; }
};

template <> struct get_info<mallory::lang::parser::ElementaryParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::ElementaryParser const&) const {
        return "an elementary type name";
    }
};

template <> struct get_info<mallory::lang::parser::StringParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::StringParser const&) const {
        return "a string literal";
    }
};

template <> struct get_info<mallory::lang::parser::IdentParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::IdentParser const&) const { return "a name"; }
};

} // namespace boost::spirit::x3
