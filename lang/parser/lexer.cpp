#include "lang/parser/lexer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fmt/format.h>

namespace mallory::lang::parser {

namespace {

/// Keywords of Solidity 0.8 that Mallory's grammar uses or that no identifier may spell
/// (sorted: binary search). Elementary type names (uintN, bytesN, ...) are classified apart.
constexpr std::array<std::string_view, 66> keywords = {
    "abstract", "address",   "anonymous", "as",       "assembly",    "bool",      "break",
    "bytes",    "calldata",  "catch",     "constant", "constructor", "continue",  "contract",
    "days",     "delete",    "do",        "else",     "emit",        "enum",      "ether",
    "event",    "external",  "false",     "for",      "function",    "gwei",      "hex",
    "hours",    "if",        "immutable", "import",   "indexed",     "interface", "internal",
    "is",       "library",   "mapping",   "memory",   "minutes",     "modifier",  "new",
    "override", "payable",   "pragma",    "private",  "public",      "pure",      "return",
    "returns",  "seconds",   "storage",   "string",   "struct",      "true",      "try",
    "type",     "unchecked", "using",     "view",     "virtual",     "weeks",     "wei",
    "while",    "int",       "uint"};

/// Words Solidity reserves for future use (solc rejects them as names).
constexpr std::array<std::string_view, 31> reserved = {
    "after",   "alias",  "apply",      "auto",    "byte",    "case",      "copyof",      "default",
    "define",  "final",  "implements", "in",      "inline",  "let",       "macro",       "match",
    "mutable", "null",   "of",         "partial", "promise", "reference", "relocatable", "sealed",
    "sizeof",  "static", "supports",   "switch",  "typedef", "typeof",    "unicode"};

bool contains(const auto& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

/// `N` when `text` is a decimal number without leading zeros, else -1.
int small_number(std::string_view text) {
    if (text.empty() || text.size() > 3 || (text[0] == '0' && text.size() > 1)) return -1;
    int value = 0;
    for (char c : text) {
        if (!is_digit(c)) return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_int_width(std::string_view digits) {
    if (digits.empty()) return true;
    int bits = small_number(digits);
    return bits >= 8 && bits <= 256 && bits % 8 == 0;
}

/// `fixed`, `ufixed`, `fixedMxN`, `ufixedMxN`.
bool is_fixed_name(std::string_view w) {
    if (w.starts_with("u")) w.remove_prefix(1);
    if (!w.starts_with("fixed")) return false;
    w.remove_prefix(5);
    if (w.empty()) return true;
    auto x = w.find('x');
    if (x == std::string_view::npos) return false;
    int m = small_number(w.substr(0, x));
    int n = small_number(w.substr(x + 1));
    return m >= 8 && m <= 256 && m % 8 == 0 && n >= 0 && n <= 80;
}

constexpr std::array<std::string_view, 8> units = {"wei",     "gwei",  "ether", "seconds",
                                                   "minutes", "hours", "days",  "weeks"};

const char* skip_string(const char* p, const char* end) {
    char quote = *p++;
    while (p != end && *p != quote && *p != '\n') {
        if (*p == '\\' && p + 1 != end) ++p;
        ++p;
    }
    return p == end || *p == '\n' ? p : p + 1;
}

} // namespace

std::string ParseState::line_col_text(const char* at) const {
    if (!source) return "?";
    LineCol lc = source->line_col(offset(at));
    return fmt::format("{}:{}", lc.line, lc.column);
}

WordKind classify_word(std::string_view word) {
    if (contains(keywords, word) || classify_elementary(word) != ElementaryKind::none)
        return WordKind::keyword;
    if (contains(reserved, word)) return WordKind::reserved;
    return WordKind::identifier;
}

ElementaryKind classify_elementary(std::string_view w) {
    if (w == "bool" || w == "address" || w == "string" || w == "bytes") return ElementaryKind::ok;
    if (w.starts_with("uint") && is_int_width(w.substr(4))) return ElementaryKind::ok;
    if (w.starts_with("int") && is_int_width(w.substr(3))) return ElementaryKind::ok;
    if (w.starts_with("bytes")) {
        int n = small_number(w.substr(5));
        if (n >= 1 && n <= 32) return ElementaryKind::ok; // bytes1 ... bytes32
    }
    if (is_fixed_name(w)) return ElementaryKind::fixed_point;
    return ElementaryKind::none;
}

const char* skip_trivia(const char* p, const char* end) {
    while (p != end) {
        if (is_space(*p)) {
            ++p;
        } else if (*p == '/' && end - p > 1 && p[1] == '/') {
            while (p != end && *p != '\n')
                ++p;
        } else if (*p == '/' && end - p > 1 && p[1] == '*') {
            p += 2;
            while (p != end && !(*p == '*' && end - p > 1 && p[1] == '/'))
                ++p;
            p = p == end ? end : p + 2;
        } else {
            break;
        }
    }
    return p;
}

const char* token_end(const char* p, const char* end) {
    if (p == end) return p;
    if (is_ident_char(*p)) {
        while (p != end && is_ident_char(*p))
            ++p;
        return p;
    }
    if (*p == '"' || *p == '\'') return skip_string(p, end);
    return p + 1;
}

std::string describe_token(const char* p, const char* end) {
    if (p == end) return "end of file";
    auto c = static_cast<unsigned char>(*p);
    if (is_ident_char(*p)) {
        std::string_view word(p, static_cast<std::size_t>(token_end(p, end) - p));
        if (word.size() > 40) return fmt::format("'{}...'", word.substr(0, 40));
        return fmt::format("'{}'", word);
    }
    if (c == '"' || c == '\'') return "a string literal";
    if (c >= 0x80) return fmt::format("a non-ASCII byte 0x{:02X}", c);
    if (c < 0x20 || c == 0x7f) return fmt::format("invalid character '\\x{:02x}'", c);
    if (c == '#' || c == '@' || c == '`' || c == '\\')
        return fmt::format("invalid character '{}'", static_cast<char>(c));
    return fmt::format("'{}'", static_cast<char>(c));
}

const char* sync_skip(const char* start, const char* error_at, const char* end,
                      bool (*stop_word)(std::string_view)) {
    int braces = 0;
    int parens = 0;
    const char* p = start;
    while (p != end) {
        p = skip_trivia(p, end);
        if (p == end) break;
        char c = *p;
        if (c == '"' || c == '\'') {
            p = skip_string(p, end);
            continue;
        }
        if (is_ident_start(c)) {
            std::string_view word = word_at(p, end);
            if (stop_word && p > start && p >= error_at && braces == 0 && parens == 0 &&
                stop_word(word))
                return p;
            p += word.size();
            continue;
        }
        if (c == '(' || c == '[') ++parens;
        if ((c == ')' || c == ']') && parens > 0) --parens;
        if (c == '{') ++braces;
        if (c == '}') {
            if (braces == 0) return p; // closes an enclosing construct: leave it to the caller
            if (--braces == 0 && p >= error_at) {
                // `f({a: 1});`: a brace inside parentheses does not end the statement.
                const char* next = skip_trivia(p + 1, end);
                if (parens == 0 || next == end || *next != ')') return p + 1;
            }
        }
        if (c == ';' && braces == 0 && parens == 0 && p >= error_at) return p + 1;
        // A stray ';' inside unbalanced parentheses still ends the statement once past the error.
        if (c == ';' && braces == 0 && p >= error_at && parens > 0) return p + 1;
        ++p;
    }
    return end;
}

namespace {

/// The length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlong forms, no
/// surrogates, at most U+10FFFF), or 0.
std::size_t utf8_sequence(const char* p, const char* end) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    const unsigned char c = at(0);
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xBF; // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < static_cast<std::ptrdiff_t>(n) || at(1) < lo || at(1) > hi) return 0;
    for (std::size_t i = 2; i < n; ++i)
        if (at(i) < 0x80 || at(i) > 0xBF) return 0;
    return n;
}

} // namespace

std::optional<OverrideMismatch> unbalanced_direction_overrides(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] != '\xE2' || text[i + 1] != '\x80') continue;
        const char c = text[i + 2];
        if (c == '\xAA' || c == '\xAB' || c == '\xAD' || c == '\xAE')
            ++depth;
        else if (c == '\xAC' && depth-- == 0)
            return OverrideMismatch{i, true};
    }
    if (depth != 0) return OverrideMismatch{text.size(), false};
    return std::nullopt;
}

void decode_string_body(const char* p, const char* end, std::string& out, bool unicode) {
    while (p != end) {
        auto c = static_cast<unsigned char>(*p);
        if (unicode && c >= 0x80) {
            const std::size_t n = utf8_sequence(p, end);
            if (n == 0)
                throw_issue(DiagCode::NonAsciiString, p, p + 1,
                            "invalid UTF-8 sequence in a unicode string literal");
            out.append(p, n);
            p += n;
            continue;
        }
        if (c != '\\') {
            if (c < 0x20 || c >= 0x7f)
                throw_issue(DiagCode::NonAsciiString, p, p + 1,
                            c >= 0x80 ? "non-ASCII character in a string literal"
                                      : "control character in a string literal",
                            c >= 0x80 ? std::optional<std::string>(
                                            "write unicode\"...\" for such text, or \\xNN "
                                            "escapes")
                                      : std::optional<std::string>("write it as an escape such as "
                                                                   "\\n or \\xNN"));
            out += static_cast<char>(c);
            ++p;
            continue;
        }
        const char* esc = p++;
        if (p == end) throw_issue(DiagCode::InvalidEscape, esc, p, "incomplete escape sequence");
        char e = *p++;
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case '\\':
            out += '\\';
            break;
        case '"':
            out += '"';
            break;
        case '\'':
            out += '\'';
            break;
        case '\n':
            break; // line continuation
        case 'x':
        case 'u': {
            int digits = e == 'x' ? 2 : 4;
            unsigned value = 0;
            if (end - p < digits || std::from_chars(p, p + digits, value, 16).ptr != p + digits)
                throw_issue(DiagCode::InvalidEscape, esc, std::min(end, p + digits),
                            fmt::format("'\\{}' needs exactly {} hex digits", e, digits));
            p += digits;
            if (e == 'x') {
                out += static_cast<char>(value);
            } else if (value < 0x80) { // \u: UTF-8 encoding of the code point
                out += static_cast<char>(value);
            } else if (value < 0x800) {
                out += static_cast<char>(0xC0 | (value >> 6));
                out += static_cast<char>(0x80 | (value & 0x3F));
            } else {
                out += static_cast<char>(0xE0 | (value >> 12));
                out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (value & 0x3F));
            }
            break;
        }
        default:
            throw_issue(DiagCode::InvalidEscape, esc, p,
                        fmt::format("unknown escape sequence '\\{}'",
                                    static_cast<unsigned char>(e) < 0x80 && e >= 0x20
                                        ? std::string(1, e)
                                        : fmt::format("x{:02x}", static_cast<unsigned char>(e))),
                        "the escapes are \\n \\t \\r \\\\ \\\" \\' \\xNN and \\uNNNN");
        }
    }
}

namespace {

/// Digits with single '_' separators between them; returns the end, throws when malformed.
const char* scan_digits(const char* begin, const char* p, const char* last, bool hex) {
    const char* start = p;
    while (p != last &&
           (is_digit(*p) || *p == '_' || (hex && std::isxdigit(static_cast<unsigned char>(*p)))))
        ++p;
    std::string_view digits(start, static_cast<std::size_t>(p - start));
    if (digits.empty()) return p;
    if (digits.front() == '_' || digits.back() == '_' || digits.find("__") != digits.npos)
        throw_issue(DiagCode::InvalidNumber, begin, p,
                    "'_' may only separate digits in a number literal");
    return p;
}

} // namespace

const char* NumberParser::scan_number(const char* begin, const char* last) {
    const char* p = begin;
    if (*p == '0' && last - p > 1 && (p[1] == 'x' || p[1] == 'X')) {
        if (p[1] == 'X')
            throw_issue(DiagCode::InvalidNumber, p, p + 2, "hex numbers start with '0x'");
        p = scan_digits(begin, p + 2, last, true);
        if (p == begin + 2)
            throw_issue(DiagCode::InvalidNumber, begin, p, "'0x' without hex digits");
    } else {
        p = scan_digits(begin, p, last, false);
        if (p - begin > 1 && *begin == '0' && is_digit(begin[1]))
            throw_issue(DiagCode::InvalidNumber, begin, p,
                        "leading zeros are not allowed in number literals");
        if (p != last && *p == '.' && last - p > 1 && is_digit(p[1]))
            p = scan_digits(begin, p + 1, last, false);
        if (p != last && (*p == 'e' || *p == 'E')) {
            const char* exp = p + 1;
            if (exp != last && *exp == '-') ++exp;
            if (exp == last || !is_digit(*exp))
                throw_issue(DiagCode::InvalidNumber, begin, exp, "exponent without digits");
            p = scan_digits(begin, exp, last, false);
        }
    }
    if (p != last && (is_ident_char(*p) || *p == '.')) {
        if (*p == '.' && !(last - p > 1 && is_digit(p[1]))) return p; // member access: `1.x`
        throw_issue(DiagCode::InvalidNumber, begin, token_end(p, last),
                    fmt::format("invalid character {} in number literal", describe_token(p, last)));
    }
    return p;
}

const char* NumberParser::scan_unit(const char* at, const char* last, std::string& unit) {
    const char* p = skip_trivia(at, last);
    std::string_view w = word_at(p, last);
    if (w.empty() || !contains(units, w)) return at;
    unit = std::string(w);
    return p + w.size();
}

const char* StringParser::scan_piece(const char* at, const char* last, ast::StringLiteral& lit,
                                     bool first_piece) {
    const char* p = at;
    bool hex = false, unicode = false;
    std::string_view w = word_at(p, last);
    if ((w == "hex" || w == "unicode") && last - p > static_cast<long>(w.size()) &&
        (p[w.size()] == '"' || p[w.size()] == '\'')) {
        hex = w == "hex";
        unicode = !hex;
        p += w.size();
    }
    if (p == last || (*p != '"' && *p != '\'')) return nullptr;
    // solc's grammar concatenates pieces of one kind only.
    if (!first_piece && (hex != lit.hex || unicode != lit.unicode))
        throw_issue(DiagCode::MixedStringLiteral, at, token_end(p, last),
                    fmt::format("a {} literal cannot be concatenated with a {} literal",
                                hex       ? "hex"
                                : unicode ? "unicode string"
                                          : "regular string",
                                lit.hex       ? "hex"
                                : lit.unicode ? "unicode string"
                                              : "regular string"));
    const char* close = p + 1;
    while (close < last && *close != *p && *close != '\n')
        close += (*close == '\\' && last - close > 1) ? 2 : 1;
    if (close == last || *close != *p)
        throw_issue(DiagCode::UnterminatedString, at, close,
                    "unterminated string literal (missing closing " +
                        std::string(*p == '"' ? "'\"'" : "\"'\"") + ")");
    if (first_piece) {
        lit.value.clear();
        lit.raw.clear();
        lit.hex = hex;
        lit.unicode = unicode;
    }
    if (hex) {
        std::string_view body(p + 1, static_cast<std::size_t>(close - p - 1));
        auto bad = [&] {
            throw_issue(DiagCode::InvalidHexString, at, close + 1,
                        "hex string literal must hold pairs of hex digits, optionally "
                        "separated by '_'");
        };
        auto xd = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
        std::size_t i = 0;
        while (i < body.size()) {
            if (i + 1 >= body.size() || !xd(body[i]) || !xd(body[i + 1])) bad();
            unsigned value = 0;
            std::from_chars(body.data() + i, body.data() + i + 2, value, 16);
            lit.value += static_cast<char>(value);
            i += 2;
            if (i < body.size() && body[i] == '_' && ++i >= body.size()) bad();
        }
    } else {
        decode_string_body(p + 1, close, lit.value, unicode);
        const std::string_view body(p + 1, static_cast<std::size_t>(close - p - 1));
        if (const auto bad = unicode ? unbalanced_direction_overrides(body) : std::nullopt)
            throw_issue(DiagCode::DirectionOverride, at,
                        bad->underflow ? p + 1 + bad->at : close + 1,
                        bad->underflow
                            ? "Unicode direction override underflow in comment or string literal."
                            : "Mismatching directional override markers in comment or string "
                              "literal.",
                        "close each direction override (RLO, LRO, RLE, LRE) with a PDF in the "
                        "literal");
    }
    lit.raw.emplace_back(at, close + 1);
    return close + 1;
}

} // namespace mallory::lang::parser
