#include "tests/conformance/isoltest_parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace mallory::conformance {

namespace {

enum class Tok : std::uint8_t {
    Newline,
    Arrow,
    Sub,
    Colon,
    Comma,
    LParen,
    RParen,
    LBrack,
    RBrack,
    Hash, ///< only in `~` lines: marks an indexed topic
    String,
    Ident,
    Number,
    HexNumber,
    End
};

struct Token {
    Tok kind = Tok::End;
    std::string text;
    int line = 0;
};

/// Thrown inside this file only (a test tool's parser, not a hot path): parse_isoltest turns it
/// into a ParseError, so no exception leaves the unit.
struct Failure {
    int line;
    std::string message;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool ident_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}
bool ident_part(char c) {
    return ident_start(c) || std::isdigit(static_cast<unsigned char>(c));
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The string literal starting after the opening quote at `i`; isoltest's escapes.
std::string scan_string(std::string_view s, std::size_t& i, int line) {
    std::string out;
    while (i < s.size() && s[i] != '"') {
        char c = s[i++];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (i >= s.size()) break;
        const char e = s[i++];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case '0':
            out += '\0';
            break;
        case 'x': {
            const int hi = i < s.size() ? hex_value(s[i]) : -1;
            const int lo = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
            if (hi < 0 || lo < 0) throw Failure{line, "invalid \\x escape in a string literal"};
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
            break;
        }
        default:
            out += e;
            break; // \\, \" and \'
        }
    }
    if (i >= s.size()) throw Failure{line, "unterminated string literal"};
    ++i; // closing quote
    return out;
}

/// Appends the tokens of one expectation line (without its leading `//`).
void scan_line(std::string_view s, int line, bool side_effect, std::vector<Token>& out) {
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        const auto single = [&](Tok k) {
            out.push_back({k, std::string(1, c), line});
            ++i;
        };
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '#' && !side_effect) { // `# comment #`: informative only
            const std::size_t close = s.find('#', i + 1);
            i = close == std::string_view::npos ? s.size() : close + 1;
        } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '>') {
            out.push_back({Tok::Arrow, "->", line});
            i += 2;
        } else if (c == '"') {
            ++i;
            out.push_back({Tok::String, scan_string(s, i, line), line});
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            const bool hex = c == '0' && i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X');
            std::size_t j = hex ? i + 2 : i;
            while (j < s.size() && (hex ? hex_value(s[j]) >= 0
                                        : std::isdigit(static_cast<unsigned char>(s[j])) != 0))
                ++j;
            out.push_back(
                {hex ? Tok::HexNumber : Tok::Number, std::string(s.substr(i, j - i)), line});
            i = j;
        } else if (ident_start(c)) {
            std::size_t j = i;
            while (j < s.size() && ident_part(s[j]))
                ++j;
            out.push_back({Tok::Ident, std::string(s.substr(i, j - i)), line});
            i = j;
        } else {
            switch (c) {
            case '-':
                single(Tok::Sub);
                break;
            case ':':
                single(Tok::Colon);
                break;
            case ',':
                single(Tok::Comma);
                break;
            case '(':
                single(Tok::LParen);
                break;
            case ')':
                single(Tok::RParen);
                break;
            case '[':
                single(Tok::LBrack);
                break;
            case ']':
                single(Tok::RBrack);
                break;
            case '#':
                single(Tok::Hash);
                break;
            default:
                throw Failure{line, std::string("unexpected character '") + c + "'"};
            }
        }
    }
}

Bytes word_bytes(const U256& v) {
    const auto w = vm::to_bytes(v);
    return Bytes(w.begin(), w.end());
}

Bytes hex_bytes(std::string_view digits, int line) {
    std::string d(digits);
    if (d.size() % 2) d.insert(d.begin(), '0');
    Bytes out;
    for (std::size_t i = 0; i < d.size(); i += 2) {
        const int hi = hex_value(d[i]);
        const int lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0)
            throw Failure{line, "invalid hex digits '" + std::string(digits) + "'"};
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

enum class Align : std::uint8_t { None, Left, Right };

Bytes align(Bytes b, Align a, int line) {
    if (b.size() > 32) throw Failure{line, "a literal longer than 32 bytes cannot be aligned"};
    const std::size_t pad = 32 - b.size();
    if (a == Align::Left)
        b.insert(b.end(), pad, 0);
    else
        b.insert(b.begin(), pad, 0);
    return b;
}

U256 decimal(const Token& t) {
    U256 v;
    if (!vm::parse_u256(t.text, v)) throw Failure{t.line, "number out of range: " + t.text};
    return v;
}

/// One parameter as isoltest encodes it.
struct Param {
    enum Kind : std::uint8_t { None, Value, Failure } kind = None;
    Bytes bytes;
};

/// Recursive descent over the token stream, mirroring isoltest's TestFileParser.
class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_toks(std::move(tokens)) {
        m_toks.push_back({Tok::End, "end of the expectations", last_line()});
    }

    std::vector<Step> steps() {
        std::vector<Step> out;
        for (;;) {
            while (accept(Tok::Newline)) {
            }
            if (peek().kind == Tok::End) return out;
            out.push_back(step());
        }
    }

    /// `[#]literal, ...` of a `~ emit` line.
    void event_params(ExpectedEvent& ev) {
        do {
            const bool topic = accept(Tok::Hash);
            const Param p = param();
            if (p.kind != Param::Value) fail("expected a literal in the event's parameters");
            if (topic) {
                if (p.bytes.size() != 32) fail("an indexed topic must be one 32-byte word");
                ev.topics.push_back(vm::load_be(p.bytes.data()));
            } else {
                ev.data.insert(ev.data.end(), p.bytes.begin(), p.bytes.end());
            }
        } while (accept(Tok::Comma));
        expect(Tok::End, "end of the event line");
    }

private:
    int last_line() const { return m_toks.empty() ? 0 : m_toks.back().line; }
    const Token& peek(std::size_t ahead = 0) const {
        return m_toks[std::min(m_pos + ahead, m_toks.size() - 1)];
    }
    bool accept(Tok k) {
        if (peek().kind != k) return false;
        ++m_pos;
        return true;
    }
    bool accept_ident(std::string_view word) {
        if (peek().kind != Tok::Ident || peek().text != word) return false;
        ++m_pos;
        return true;
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw Failure{peek().line, what + ", found '" + peek().text + "'"};
    }
    const Token& expect(Tok k, const char* what) {
        if (peek().kind != k) fail(std::string("expected ") + what);
        return m_toks[m_pos++];
    }

    Step step() {
        const int line = peek().line;
        if (peek().kind == Tok::Ident && peek(1).kind != Tok::LParen) return builtin(line);
        return call(line);
    }

    // call := [ident] '(' types ')' [',' number unit] [':' params] [newline] ['->' params]
    Call call(int line) {
        Call c;
        c.line = line;
        c.signature = signature();
        if (accept(Tok::Comma)) c.value = call_value();
        if (accept(Tok::Colon)) c.arguments = params(true).second;
        newlines_before_arrow();
        if (accept(Tok::Arrow)) {
            auto [failure, bytes] = params(false);
            c.expect_failure = failure;
            c.expected = std::move(bytes);
        }
        return c;
    }

    /// `->` may start a later line (after a `# comment #` line, too).
    void newlines_before_arrow() {
        std::size_t ahead = 0;
        while (peek(ahead).kind == Tok::Newline)
            ++ahead;
        if (peek(ahead).kind == Tok::Arrow) m_pos += ahead;
    }

    std::string signature() {
        std::string sig;
        if (peek().kind == Tok::Ident) sig = m_toks[m_pos++].text;
        expect(Tok::LParen, "'(' of a function signature");
        std::string types;
        if (peek().kind != Tok::RParen) {
            types = type_or_tuple();
            while (accept(Tok::Comma))
                types += "," + type_or_tuple();
        }
        expect(Tok::RParen, "')' closing the signature");
        if (sig.empty() && !types.empty()) fail("a call without a name cannot have parameters");
        return sig.empty() ? std::string{} : sig + "(" + types + ")";
    }

    std::string type_or_tuple() {
        std::string t;
        if (peek().kind == Tok::Ident) {
            t = m_toks[m_pos++].text;
        } else {
            expect(Tok::LParen, "a type");
            t = "(" + type_or_tuple();
            while (accept(Tok::Comma))
                t += "," + type_or_tuple();
            expect(Tok::RParen, "')' closing a tuple type");
            t += ")";
        }
        while (accept(Tok::LBrack)) {
            t += "[";
            if (peek().kind == Tok::Number) t += m_toks[m_pos++].text;
            expect(Tok::RBrack, "']'");
            t += "]";
        }
        return t;
    }

    U256 call_value() {
        const U256 amount = decimal(expect(Tok::Number, "an amount after ','"));
        const Token& unit = expect(Tok::Ident, "a unit (wei, gwei, ether)");
        if (unit.text == "wei") return amount;
        if (unit.text == "gwei") return amount * U256{1'000'000'000ULL};
        if (unit.text == "ether") return amount * U256{1'000'000'000'000'000'000ULL};
        throw Failure{unit.line, "unknown unit '" + unit.text + "'"};
    }

    /// A comma-separated parameter list; returns (FAILURE first, concatenated bytes).
    std::pair<bool, Bytes> params(bool arguments) {
        std::pair<bool, Bytes> out{false, {}};
        Param p = param();
        if (p.kind == Param::None) {
            if (arguments) fail("expected an argument after ':'");
            return out;
        }
        out.first = p.kind == Param::Failure;
        for (;;) {
            if (p.kind == Param::Failure && !out.first) fail("FAILURE must come first");
            if (p.kind == Param::None) fail("expected a literal after ','");
            out.second.insert(out.second.end(), p.bytes.begin(), p.bytes.end());
            if (!accept(Tok::Comma)) return out;
            p = param();
        }
    }

    // param := [newline] [left( | right(] ['-'] literal [')'] | FAILURE
    Param param() {
        accept(Tok::Newline);
        Align a = Align::None;
        if ((peek().text == "left" || peek().text == "right") && peek().kind == Tok::Ident &&
            peek(1).kind == Tok::LParen) {
            a = peek().text == "left" ? Align::Left : Align::Right;
            m_pos += 2;
        }
        const bool negative = accept(Tok::Sub);
        Param p = literal(a, negative);
        if (p.kind == Param::None && (a != Align::None || negative)) fail("expected a literal");
        if (a != Align::None) expect(Tok::RParen, "')' closing left(...)/right(...)");
        return p;
    }

    Param literal(Align a, bool negative) {
        const Token& t = peek();
        Param p{Param::Value, {}};
        if (negative && t.kind != Tok::Number) fail("'-' must precede a decimal number");
        if (t.kind == Tok::Ident && (t.text == "true" || t.text == "false")) {
            p.bytes = word_bytes(U256{t.text == "true" ? 1u : 0u});
        } else if (t.kind == Tok::HexNumber) {
            p.bytes = align(hex_bytes(std::string_view(t.text).substr(2), t.line),
                            a == Align::Left ? Align::Left : Align::Right, t.line);
        } else if (t.kind == Tok::Ident && t.text == "hex" && peek(1).kind == Tok::String) {
            if (a != Align::None) fail("hex string literals cannot be aligned");
            ++m_pos;
            p.bytes = hex_bytes(peek().text, peek().line);
        } else if (t.kind == Tok::String) {
            if (a != Align::None) fail("string literals cannot be aligned");
            p.bytes = align(Bytes(t.text.begin(), t.text.end()), Align::Left, t.line);
        } else if (t.kind == Tok::Number) {
            const U256 v = decimal(t);
            p.bytes = word_bytes(negative ? U256{} - v : v);
            if (a == Align::Left) { // `left(69)`: the number's bytes without leading zeros, first
                auto first = std::find_if(p.bytes.begin(), p.bytes.end(),
                                          [](std::uint8_t b) { return b != 0; });
                p.bytes = align(Bytes(first, p.bytes.end()), Align::Left, t.line);
            }
        } else if (t.kind == Tok::Ident && t.text == "FAILURE") {
            p.kind = Param::Failure;
        } else {
            return Param{};
        }
        ++m_pos;
        return p;
    }

    /// `library: ...`, `balance ...`, `storageEmpty ...`, `account: ...`.
    Step builtin(int line) {
        const std::string name = m_toks[m_pos++].text;
        if (name == "library") return library(line);
        std::optional<Bytes> argument;
        if (accept(Tok::Colon)) argument = params(true).second;
        newlines_before_arrow();
        expect(Tok::Arrow, "'->' after a builtin");
        auto [failure, expected] = params(false);
        if (failure || expected.size() != 32) fail("a builtin expects one word");
        const U256 word = vm::load_be(expected.data());
        const auto one_word_argument = [&]() {
            if (!argument || argument->size() != 32)
                throw Failure{line, "'" + name + ":' takes one word"};
            return vm::load_be(argument->data());
        };
        if (name == "balance") {
            BalanceStep b{std::nullopt, word, line};
            if (argument) b.account = Address::from_word(one_word_argument());
            return b;
        }
        if (name == "storageEmpty") return StorageEmptyStep{!word.is_zero(), line};
        if (name == "account") {
            const U256 index = one_word_argument();
            if (!index.fits64() || index.low() > 255)
                throw Failure{line, "account index too large"};
            return AccountStep{static_cast<unsigned>(index.low()), Address::from_word(word), line};
        }
        throw Failure{line, "unknown builtin '" + name + "'"};
    }

    LibraryStep library(int line) {
        LibraryStep l;
        l.line = line;
        expect(Tok::Colon, "':' after 'library'");
        if (peek().kind == Tok::String) {
            l.source = m_toks[m_pos++].text;
            expect(Tok::Colon, "':' between the source and the library");
        }
        l.name = expect(Tok::Ident, "a library name").text;
        return l;
    }

    std::vector<Token> m_toks;
    std::size_t m_pos = 0;
};

/// `emit Sig [from 0xADDR][: params]` (after the `~`).
ExpectedEvent parse_event(std::string_view s, int line) {
    s = trim(s);
    if (s.substr(0, 5) != "emit ")
        throw Failure{line, "unsupported side effect '~ " + std::string(s) + "'"};
    s = trim(s.substr(5));
    ExpectedEvent ev;
    ev.line = line;
    if (s.substr(0, 11) == "<anonymous>") {
        s = trim(s.substr(11));
    } else {
        int depth = 0;
        std::size_t i = 0;
        for (; i < s.size(); ++i) {
            if (s[i] == '(') ++depth;
            if (s[i] == ')' && --depth == 0) break;
        }
        if (i >= s.size()) throw Failure{line, "unterminated event signature"};
        ev.signature = std::string(s.substr(0, i + 1));
        s = trim(s.substr(i + 1));
    }
    if (s.substr(0, 5) == "from ") {
        s = trim(s.substr(5));
        const std::size_t end = std::min(s.find(':'), s.size());
        const std::string_view addr = trim(s.substr(0, end));
        U256 a;
        if (addr.substr(0, 2) != "0x" || !vm::parse_u256(addr, a))
            throw Failure{line, "invalid emitter address '" + std::string(addr) + "'"};
        ev.emitter = Address::from_word(a);
        s = s.substr(end);
    }
    if (s.empty()) return ev;
    if (s.front() != ':') throw Failure{line, "expected ':' before the event's parameters"};
    std::vector<Token> toks;
    scan_line(s.substr(1), line, true, toks);
    Parser(std::move(toks)).event_params(ev);
    return ev;
}

/// The steps of the lines after `// ----`; `first_line` is the 1-based number of the first.
std::vector<Step> parse_expectations(const std::vector<std::string_view>& lines, int first_line) {
    std::vector<Token> toks;
    std::vector<std::pair<int, std::string_view>> effects;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int line = first_line + static_cast<int>(i);
        std::string_view l = trim(lines[i]);
        if (l.empty()) continue;
        if (l.substr(0, 2) != "//") throw Failure{line, "expected '//' in the expectations"};
        l = trim(l.substr(2));
        if (l.substr(0, 4) == "gas ") continue; // solc's gas figures: Mallory's gas is its own
        if (!l.empty() && l.front() == '~') {
            effects.emplace_back(line, l.substr(1));
            continue;
        }
        toks.push_back({Tok::Newline, "newline", line});
        scan_line(l, line, false, toks);
    }
    std::vector<Step> steps = Parser(std::move(toks)).steps();
    for (const auto& [line, text] : effects) {
        // A side effect belongs to the last call that starts before it.
        Call* owner = nullptr;
        for (Step& s : steps)
            if (auto* c = std::get_if<Call>(&s); c && c->line < line) owner = c;
        if (!owner) throw Failure{line, "a side effect before any call"};
        owner->events.push_back(parse_event(text, line));
    }
    return steps;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        if (end == text.size()) break;
        start = end + 1;
    }
    return lines;
}

/// `==== ExternalSource: [name=]path ====`: a file beside the test, named `name` (else `path`).
std::pair<std::string, std::string> external_source(std::string_view spec) {
    const std::size_t eq = spec.find('=');
    if (eq == std::string_view::npos) return {std::string(spec), std::string(spec)};
    return {std::string(trim(spec.substr(0, eq))), std::string(trim(spec.substr(eq + 1)))};
}

/// Splits the source part at `==== Source: name ====` lines; collects the external sources.
std::vector<std::pair<std::string, std::string>>
split_sources(const std::vector<std::string_view>& lines, std::size_t end,
              const std::string& default_name,
              std::vector<std::pair<std::string, std::string>>& externals) {
    std::vector<std::pair<std::string, std::string>> units;
    std::string preamble;
    for (std::size_t i = 0; i < end; ++i) {
        const std::string_view l = trim(lines[i]);
        if (l.substr(0, 5) == "==== " && l.size() > 10 && l.substr(l.size() - 5) == " ====") {
            const std::string_view inner = trim(l.substr(5, l.size() - 10));
            if (inner.starts_with("ExternalSource:")) {
                externals.push_back(external_source(trim(inner.substr(15))));
                continue;
            }
            if (!inner.starts_with("Source:"))
                throw Failure{static_cast<int>(i + 1), "unsupported '" + std::string(l) + "'"};
            units.emplace_back(std::string(trim(inner.substr(7))), std::string{});
            continue;
        }
        std::string& text = units.empty() ? preamble : units.back().second;
        text.append(lines[i]).push_back('\n');
    }
    if (units.empty()) units.emplace_back(default_name, std::move(preamble));
    return units;
}

TestFileParts split_file(std::string_view text, const std::string& default_name,
                         bool require_expectations = true) {
    const std::vector<std::string_view> lines = split_lines(text);
    std::size_t dashes = lines.size();
    std::size_t options = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view l = trim(lines[i]);
        if (l == "// ====" && options == lines.size()) options = i;
        if (l == "// ----") {
            dashes = i;
            break;
        }
    }
    if (dashes == lines.size() && require_expectations) throw Failure{0, "no '// ----' line"};
    if (options > dashes) options = dashes;
    TestFileParts parts;
    parts.sources = split_sources(lines, options, default_name, parts.external_sources);
    for (std::size_t i = options + 1; i < dashes; ++i) {
        std::string_view l = trim(lines[i]);
        if (l.substr(0, 2) != "//") continue;
        l = trim(l.substr(2));
        if (l.empty() || l == "====") continue; // a file may repeat the `// ====` separator
        const std::size_t colon = l.find(':');
        if (colon == std::string_view::npos)
            throw Failure{static_cast<int>(i + 1), "expected 'key: value' in the options"};
        parts.options[std::string(trim(l.substr(0, colon)))] =
            std::string(trim(l.substr(colon + 1)));
    }
    if (dashes < lines.size())
        parts.expectations.assign(lines.begin() + static_cast<long>(dashes) + 1, lines.end());
    parts.first_expectation_line = static_cast<int>(dashes) + 2;
    return parts;
}

} // namespace

std::variant<IsoltestFile, ParseError> parse_isoltest(std::string_view text,
                                                      const std::string& default_name) {
    try {
        TestFileParts parts = split_file(text, default_name);
        IsoltestFile f;
        f.steps = parse_expectations(parts.expectations, parts.first_expectation_line);
        f.sources = std::move(parts.sources);
        f.external_sources = std::move(parts.external_sources);
        f.options = std::move(parts.options);
        return f;
    } catch (const Failure& f) {
        return ParseError{f.line, f.message};
    }
}

std::variant<TestFileParts, ParseError>
split_test_file(std::string_view text, const std::string& default_name, bool require_expectations) {
    try {
        return split_file(text, default_name, require_expectations);
    } catch (const Failure& f) {
        return ParseError{f.line, f.message};
    }
}

Address isoltest_account(unsigned index) {
    // isoltest's account i is 0x1212...120000000012 + i * 0x1000 (as its expectations show).
    U256 base;
    vm::parse_u256("0x1212121212121212121212121212120000000012", base);
    return Address::from_word(base + vm::shl(U256{index}, 12));
}

} // namespace mallory::conformance
