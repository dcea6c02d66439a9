#include "chain/foundry/string_cheats.hpp"

#include "chain/foundry/abi.hpp"
#include "vm/checked.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <fmt/format.h>
#include <utility>
#include <vector>

namespace mallory::chain::foundry {

namespace {

// ---- Text read as a value: alloy's DynSolType::coerce_str, then forge's fallback ----

constexpr std::string_view kTooLarge = "number too large to fit in target type";

std::nullopt_t fail(std::string& why, std::string text) {
    why = std::move(text);
    return std::nullopt;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
bool is_hex(char c) {
    return hex_value(c) >= 0;
}
bool is_dec(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The longest prefix of `s` whose characters satisfy `pred`, taken off `s`.
template <typename Pred> std::string_view take_while(std::string_view& s, Pred pred) {
    std::size_t n = 0;
    while (n < s.size() && pred(s[n]))
        ++n;
    const std::string_view taken = s.substr(0, n);
    s.remove_prefix(n);
    return taken;
}

/// `digits` in base `radix` (ruint's U256::from_str_radix): a digit out of range or more than
/// 256 bits is an error.
std::optional<U256> number(std::string_view digits, unsigned radix, std::string& why) {
    U256 r;
    for (const char c : digits) {
        const int d = hex_value(c);
        if (d < 0 || static_cast<unsigned>(d) >= radix) return fail(why, "invalid digit");
        U256 shifted, next;
        if (vm::checked_mul(vm::uint256_t, r, U256{radix}, shifted) ||
            vm::checked_add(vm::uint256_t, shifted, U256{static_cast<unsigned>(d)}, next))
            return fail(why, std::string(kTooLarge));
        r = next;
    }
    return r;
}

/// v * 10^places, an error when it passes 256 bits (10^places alone included, as alloy).
std::optional<U256> scaled(const U256& v, std::size_t places, std::string& why) {
    U256 power, out;
    if (vm::checked_exp(vm::uint256_t, U256{10}, U256{places}, power) ||
        vm::checked_mul(vm::uint256_t, v, power, out))
        return fail(why, std::string(kTooLarge));
    return out;
}

/// The decimals of an ether unit as alloy names them ("" is wei), or nullopt.
std::optional<long> unit_decimals(std::string_view unit) {
    if (unit == "ether") return 18;
    if (unit == "gwei" || unit == "nano" || unit == "nanoether") return 9;
    if (unit.empty() || unit == "wei") return 0;
    return std::nullopt;
}

/// A base-10 exponent ("e18", "E-3") at the front of `s`, taken off it; 0 and `s` untouched
/// when there is none (then the `e` is read as the start of a unit, as alloy backtracks).
long exponent(std::string_view& s) {
    if (s.empty() || (s[0] != 'e' && s[0] != 'E')) return 0;
    std::string_view rest = s.substr(1);
    const bool negative = rest.starts_with('-');
    if (negative || rest.starts_with('+')) rest.remove_prefix(1);
    const std::string_view digits = take_while(rest, is_dec);
    long e = 0;
    for (const char c : digits) {
        if (e > (LONG_MAX - 9) / 10) return 0; // not an isize: no exponent
        e = e * 10 + (c - '0');
    }
    if (digits.empty()) return 0;
    s = rest;
    return negative ? -e : e;
}

/// A uint literal as alloy's grammar splits it, to the end of the text:
///   uint    := literal ("." digit+)? (("e" | "E") ("+" | "-")? digit+)? (" " | "\t")* unit?
///   literal := "0" ("x" | "X" | "o" | "O" | "b" | "B") hexdigit+ | digit+
///   unit    := "ether" | "gwei" | "nano" | "nanoether" | "wei"
struct UintLiteral {
    std::string_view integer;
    unsigned radix = 10;
    std::optional<std::string_view> fraction;
    long exponent = 0; ///< the e notation's plus the unit's decimals
};

std::optional<UintLiteral> uint_literal(std::string_view s, std::string& why) {
    UintLiteral lit;
    const char p = s.size() >= 2 && s[0] == '0' ? static_cast<char>(s[1] | 0x20) : '\0';
    if (p == 'x' || p == 'o' || p == 'b') {
        lit.radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        s.remove_prefix(2);
        lit.integer = take_while(s, is_hex); // any base's digits, checked by `number`
    } else {
        lit.integer = take_while(s, is_dec);
    }
    if (lit.integer.empty()) return fail(why, "expected at least one digit");
    if (s.starts_with('.')) {
        s.remove_prefix(1);
        lit.fraction = take_while(s, is_dec);
        if (lit.fraction->empty()) return fail(why, "expected at least one digit after '.'");
    }
    lit.exponent = exponent(s);
    take_while(s, [](char c) { return c == ' ' || c == '\t'; });
    const std::string_view unit = take_while(s, is_alpha);
    const auto decimals = unit_decimals(unit);
    if (!decimals) return fail(why, fmt::format("unknown unit '{}'", unit));
    if (!s.empty()) return fail(why, fmt::format("unexpected '{}'", s));
    lit.exponent += *decimals;
    return lit;
}

/// alloy's uint256: the literal times 10^(exponent + unit), its fraction exact.
std::optional<U256> uint_value(std::string_view s, std::string& why) {
    const auto lit = uint_literal(s, why);
    if (!lit) return std::nullopt;
    const auto integer = number(lit->integer, lit->radix, why);
    if (!integer) return std::nullopt;
    if (lit->exponent < 0) return fail(why, "negative units not allowed");
    const auto units = static_cast<std::size_t>(lit->exponent);
    if (!lit->fraction) return scaled(*integer, units, why);
    const auto fraction = number(*lit->fraction, 10, why);
    if (!fraction) return std::nullopt;
    if (units == 0 && !fraction->is_zero())
        return fail(why, fmt::format("non-zero fraction .{} not allowed", vm::to_dec(*fraction)));
    const std::size_t places = lit->fraction->size();
    if (places > units)
        return fail(why, fmt::format("expected at most {} decimals, got {}", units, places));
    const auto whole = scaled(*integer, places, why); // (integer.fraction) * 10^units
    U256 sum;
    if (!whole) return std::nullopt;
    if (vm::checked_add(vm::uint256_t, *whole, *fraction, sum))
        return fail(why, std::string(kTooLarge));
    return scaled(sum, units - places, why);
}

/// alloy's int256: an optional sign, then a uint whose size fits.
std::optional<U256> int_value(std::string_view s, std::string& why) {
    const bool negative = s.starts_with('-');
    if (negative || s.starts_with('+')) s.remove_prefix(1);
    const auto abs = uint_value(s, why);
    if (!abs) return std::nullopt;
    const U256 limit = vm::shl(U256{1}, 255); // |int256 min|
    if (negative ? *abs > limit : *abs >= limit) return fail(why, std::string(kTooLarge));
    return negative ? -*abs : *abs;
}

/// alloy's hex string: an optional "0x" (lower case only), then hex digits to the end (at
/// least one without the prefix), exactly `size` bytes of them unless `size` is 0.
std::optional<Bytes> hex_value(std::string_view s, std::size_t size, std::string& why) {
    const bool prefixed = s.starts_with("0x");
    if (prefixed) s.remove_prefix(2);
    const std::string_view digits = take_while(s, is_hex);
    if (!prefixed && digits.empty())
        return fail(why, "expected hex digits or the `0x` prefix for an empty hex string");
    if (digits.size() % 2 != 0) return fail(why, "odd number of digits");
    if (size != 0 && digits.size() != 2 * size) return fail(why, "invalid string length");
    if (!s.empty()) return fail(why, fmt::format("unexpected '{}'", s));
    Bytes out;
    for (std::size_t i = 0; i < digits.size(); i += 2)
        out.push_back(
            static_cast<std::uint8_t>(hex_value(digits[i]) * 16 + hex_value(digits[i + 1])));
    return out;
}

/// The characters Rust's char::is_whitespace accepts (Unicode's White_Space), UTF-8 encoded.
constexpr auto kWhitespace = std::to_array<std::string_view>({
    "\t",     "\n",     "\v",     "\f",     "\r",     " ",      "\u0085", "\u00A0", "\u1680",
    "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008",
    "\u2009", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000",
});

/// Rust's str::trim_start (`at_end` false) or str::trim_end (true): White_Space removed.
std::string_view trim_side(std::string_view s, bool at_end) {
    for (bool more = true; more;) {
        more = false;
        for (const std::string_view w : kWhitespace) {
            if (!at_end && s.starts_with(w)) {
                s.remove_prefix(w.size());
                more = true;
            }
            if (at_end && s.ends_with(w)) {
                s.remove_suffix(w.size());
                more = true;
            }
        }
    }
    return s;
}

/// Rust's str::trim: leading and trailing White_Space removed.
std::string_view trim(std::string_view s) {
    return trim_side(trim_side(s, false), true);
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

/// alloy reads "true" and "false"; forge's fallback adds "1", "0" and any case.
std::optional<bool> bool_value(std::string_view s, std::string& why) {
    if (s == "1" || iequals(s, "true")) return true;
    if (s == "0" || iequals(s, "false")) return false;
    return fail(why, "expected a boolean");
}

BytesView as_bytes(std::string_view s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

Bytes encode_string(std::string_view s) {
    Bytes out;
    append_word(out, U256{32});
    append_padded(out, as_bytes(s));
    return out;
}

/// alloy's string: the text inside one pair of `"` or `'` quotes that end it, else the whole
/// text with its trailing whitespace trimmed (its leading whitespace kept, as alloy keeps it).
std::optional<std::string_view> string_value(std::string_view s, std::string& why) {
    if (s.empty() || (s[0] != '"' && s[0] != '\'')) return trim_side(s, true);
    const char quote = s[0];
    const auto close = s.find(quote, 1);
    if (close == std::string_view::npos)
        return fail(why, fmt::format("expected a closing {}", quote));
    if (close + 1 != s.size())
        return fail(why, fmt::format("unexpected '{}'", s.substr(close + 1)));
    return s.substr(1, close - 1);
}

std::optional<Bytes> word(const std::optional<U256>& v) {
    if (!v) return std::nullopt;
    Bytes out;
    append_word(out, *v);
    return out;
}

/// alloy's coerce_str for the types the parse* cheats read, ABI-encoded.
std::optional<Bytes> coerce(std::string_view type, std::string_view text, std::string& why) {
    if (type == "uint256") return word(uint_value(text, why));
    if (type == "int256") return word(int_value(text, why));
    if (type == "bool") {
        const auto b = bool_value(text, why);
        if (!b) return std::nullopt;
        return word(U256{*b ? 1u : 0u});
    }
    if (type == "string") {
        const auto str = string_value(text, why);
        if (!str) return std::nullopt;
        return encode_string(*str);
    }
    const std::size_t size = type == "address" ? 20 : type == "bytes32" ? 32 : 0;
    if (size == 0 && type != "bytes") return fail(why, "unsupported type");
    const auto bytes = hex_value(text, size, why);
    if (!bytes) return std::nullopt;
    if (size == 20) return word(vm::load_be_partial(bytes->data(), 20)); // right-aligned
    if (size == 32) return word(vm::load_be(bytes->data()));
    Bytes out;
    append_word(out, U256{32});
    append_padded(out, *bytes);
    return out;
}

// ---- String operations with Rust's str semantics ----

/// Where `pattern` occurs in `s`, left to right without overlaps. Rust's empty pattern occurs
/// at every character boundary, both ends included (UTF-8: not before a continuation byte).
std::vector<std::size_t> occurrences(std::string_view s, std::string_view pattern) {
    std::vector<std::size_t> at;
    if (pattern.empty()) {
        for (std::size_t i = 0; i <= s.size(); ++i)
            if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
        return at;
    }
    for (auto i = s.find(pattern); i != std::string_view::npos; i = s.find(pattern, i))
        at.push_back(std::exchange(i, i + pattern.size()));
    return at;
}

/// Rust's str::split: the text between the occurrences of `delimiter`.
std::vector<std::string_view> split(std::string_view s, std::string_view delimiter) {
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    for (const std::size_t at : occurrences(s, delimiter)) {
        parts.push_back(s.substr(from, at - from));
        from = at + delimiter.size();
    }
    parts.push_back(s.substr(from));
    return parts;
}

/// Rust's str::replace: every occurrence of `from` replaced by `to`.
std::string replace(std::string_view s, std::string_view from, std::string_view to) {
    const std::vector<std::string_view> parts = split(s, from);
    std::string out(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i)
        (out += to) += parts[i];
    return out;
}

/// ASCII letters in one case (Rust's to_lowercase/to_uppercase also map non-ASCII letters).
std::string ascii_case(std::string_view s, bool upper) {
    std::string out(s);
    for (char& c : out)
        if (is_alpha(c)) c = static_cast<char>(upper ? c & ~0x20 : c | 0x20);
    return out;
}

/// A string[] as the one return value: its offset, its length, the elements' offsets (from
/// after the length), then the elements.
Bytes encode_strings(const std::vector<std::string_view>& items) {
    Bytes out, tails;
    append_word(out, U256{32});
    append_word(out, U256{items.size()});
    for (const std::string_view item : items) {
        append_word(out, U256{32 * items.size() + tails.size()});
        append_padded(tails, as_bytes(item));
    }
    out.insert(out.end(), tails.begin(), tails.end());
    return out;
}

/// A `T[]` as the one return value from its elements, each encoded as one return value
/// (coerce's answers): static ones are their words; a dynamic one is an offset of 32 and its
/// tail, so its tail is placed behind an offset from after the array's length.
Bytes encode_array(const std::vector<Bytes>& elements, bool dynamic) {
    Bytes out, tails;
    append_word(out, U256{32});
    append_word(out, U256{elements.size()});
    for (const Bytes& e : elements) {
        if (!dynamic) {
            out.insert(out.end(), e.begin(), e.end());
            continue;
        }
        append_word(out, U256{32 * elements.size() + tails.size()});
        tails.insert(tails.end(), e.begin() + 32, e.end());
    }
    out.insert(out.end(), tails.begin(), tails.end());
    return out;
}

// ---- The cheatcodes ----

using Strings = std::vector<std::string>;

/// Each string cheatcode: its signature (every parameter a string), what it returns and its
/// answer; the parse* cheats have none: they read their one argument as what they return.
struct StringCheat {
    std::string_view signature;
    std::string_view returns;
    std::size_t arity;
    std::optional<Bytes> (*answer)(const Strings& args, std::string& error);
};

constexpr auto kStringCheats = std::to_array<StringCheat>({
    {"parseBytes(string)", "bytes", 1, nullptr},
    {"parseAddress(string)", "address", 1, nullptr},
    {"parseUint(string)", "uint256", 1, nullptr},
    {"parseInt(string)", "int256", 1, nullptr},
    {"parseBytes32(string)", "bytes32", 1, nullptr},
    {"parseBool(string)", "bool", 1, nullptr},
    {"toLowercase(string)", "string", 1,
     [](const Strings& a, std::string&) {
         return std::optional{encode_string(ascii_case(a[0], false))};
     }},
    {"toUppercase(string)", "string", 1,
     [](const Strings& a, std::string&) {
         return std::optional{encode_string(ascii_case(a[0], true))};
     }},
    {"trim(string)", "string", 1,
     [](const Strings& a, std::string&) { return std::optional{encode_string(trim(a[0]))}; }},
    {"replace(string,string,string)", "string", 3,
     [](const Strings& a, std::string&) {
         return std::optional{encode_string(replace(a[0], a[1], a[2]))};
     }},
    {"split(string,string)", "string[]", 2,
     [](const Strings& a, std::string&) {
         return std::optional{encode_strings(split(a[0], a[1]))};
     }},
    {"indexOf(string,string)", "uint256", 2,
     [](const Strings& a, std::string&) {
         const auto at = std::string_view(a[0]).find(a[1]);
         return word(at == std::string_view::npos ? U256::max() : U256{at});
     }},
    {"contains(string,string)", "bool", 2,
     [](const Strings& a, std::string&) {
         return word(U256{a[0].find(a[1]) == std::string::npos ? 0u : 1u});
     }},
});

const StringCheat* find(std::string_view sig) {
    for (const StringCheat& c : kStringCheats)
        if (c.signature == sig) return &c;
    return nullptr;
}

} // namespace

// Rust's `{:?}` of a str: non-ASCII text is kept as it is (Rust escapes only unprintable
// code points, which Mallory does not tell apart).
std::string rust_debug(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += {'\\', c};
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\0')
            out += "\\0";
        else if (u < 0x20 || u == 0x7f)
            out += fmt::format("\\u{{{:x}}}", u);
        else
            out += c;
    }
    return out + "\"";
}

std::optional<Bytes> parse_forge_value(std::string_view type, std::string_view text,
                                       std::string& why) {
    std::string detail;
    if (auto v = coerce(type, text, detail)) return v;
    // forge's fallback names the likely mistake of numbers and bytes: hex without its prefix
    const bool numeric_or_hex =
        type == "uint256" || type == "int256" || type == "bytes32" || type == "bytes";
    if (numeric_or_hex && !text.starts_with("0x") && std::all_of(text.begin(), text.end(), is_hex))
        detail = "missing hex prefix (\"0x\") for hex string";
    why = fmt::format("failed parsing {} as type `{}`: {}", rust_debug(text), type, detail);
    return std::nullopt;
}

std::optional<Bytes> parse_forge_list(std::string_view type, std::string_view text,
                                      std::string_view delimiter, std::string& why) {
    std::vector<Bytes> elements;
    const std::vector<std::string_view> pieces = split(text, delimiter);
    // forge's parse_array: an empty first piece is an empty array, whatever follows it
    if (!trim(pieces.front()).empty()) {
        for (const std::string_view piece : pieces) {
            auto element = parse_forge_value(type, trim(piece), why);
            if (!element) return std::nullopt;
            elements.push_back(std::move(*element));
        }
    }
    return encode_array(elements, type == "string" || type == "bytes");
}

bool is_string_cheat(std::string_view sig) {
    return find(sig) != nullptr;
}

std::optional<std::string_view> string_cheat_returns(std::string_view sig) {
    if (const StringCheat* c = find(sig)) return c->returns;
    return std::nullopt;
}

std::optional<std::string_view> string_cheat_signature(std::array<std::uint8_t, 4> selector) {
    for (const StringCheat& c : kStringCheats)
        if (vm::selector_of(c.signature) == selector) return c.signature;
    return std::nullopt;
}

std::optional<Bytes> string_cheat(std::string_view sig, BytesView args, std::string& error) {
    error.clear();
    const StringCheat* c = find(sig);
    if (!c) return std::nullopt;
    // forge names the cheatcode without its parameters: "vm.parseUint: ..."
    const std::string_view name = sig.substr(0, sig.find('('));
    const std::optional<Strings> arguments = decode_strings(c->arity, args);
    if (!arguments) {
        error = fmt::format("vm.{}: malformed arguments", name);
        return std::nullopt;
    }
    const Strings& texts = *arguments;
    auto out = c->answer ? c->answer(texts, error) : parse_forge_value(c->returns, texts[0], error);
    if (!out) error = fmt::format("vm.{}: {}", name, error);
    return out;
}

} // namespace mallory::chain::foundry
