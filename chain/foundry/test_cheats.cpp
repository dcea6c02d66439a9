#include "chain/foundry/test_cheats.hpp"

#include "vm/keccak.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <fmt/format.h>
#include <map>
#include <vector>

namespace mallory::chain::foundry {

namespace {

using vm::load_be;
using vm::slt;
using vm::to_dec;

/// What a comparison checks, and the text Foundry prints when it does not hold: the operator
/// shown is the negation of the one asserted ("5 >= 3" for a failed assertLt(5, 3)).
struct Comparison {
    const char* name;
    const char* shown;
};
constexpr std::array<Comparison, 6> kComparisons{{{"assertEq", "!="},
                                                  {"assertNotEq", "=="},
                                                  {"assertLt", ">="},
                                                  {"assertGt", "<="},
                                                  {"assertLe", ">"},
                                                  {"assertGe", "<"}}};
constexpr std::array<const char*, 12> kEqTypes{"uint256",  "int256",    "address", "bool",
                                               "bytes32",  "string",    "bytes",   "uint256[]",
                                               "int256[]", "address[]", "bool[]",  "bytes32[]"};
constexpr std::array<const char*, 2> kOrderTypes{"uint256", "int256"};

/// Every test cheatcode signature, built once from the tables above.
const std::vector<std::string>& signatures() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out{"assume(bool)",      "skip(bool)",
                                     "assertTrue(bool)",  "assertTrue(bool,string)",
                                     "assertFalse(bool)", "assertFalse(bool,string)"};
        for (const Comparison& c : kComparisons) {
            const bool eq =
                std::string_view(c.name) == "assertEq" || std::string_view(c.name) == "assertNotEq";
            const auto add = [&](const char* t) {
                out.push_back(fmt::format("{}({},{})", c.name, t, t));
                out.push_back(fmt::format("{}({},{},string)", c.name, t, t));
            };
            if (eq)
                std::for_each(kEqTypes.begin(), kEqTypes.end(), add);
            else
                std::for_each(kOrderTypes.begin(), kOrderTypes.end(), add);
        }
        for (const char* t : kOrderTypes) {
            out.push_back(fmt::format("assertApproxEqAbs({},{},uint256)", t, t));
            out.push_back(fmt::format("assertApproxEqAbs({},{},uint256,string)", t, t));
            out.push_back(fmt::format("assertApproxEqRel({},{},uint256)", t, t));
            out.push_back(fmt::format("assertApproxEqRel({},{},uint256,string)", t, t));
        }
        // Each on integers again with the values' decimals last, shown as amounts
        // ("1.500000000000000000 != 2.000000000000000000").
        for (const char* t : kOrderTypes) {
            for (const Comparison& c : kComparisons) {
                out.push_back(fmt::format("{}Decimal({},{},uint256)", c.name, t, t));
                out.push_back(fmt::format("{}Decimal({},{},uint256,string)", c.name, t, t));
            }
            for (const char* approx : {"assertApproxEqAbs", "assertApproxEqRel"}) {
                out.push_back(fmt::format("{}Decimal({},{},uint256,uint256)", approx, t, t));
                out.push_back(fmt::format("{}Decimal({},{},uint256,uint256,string)", approx, t, t));
            }
        }
        return out;
    }();
    return all;
}

Bytes text_bytes(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

using Wide = boost::multiprecision::cpp_int;

Wide wide(const U256& w) {
    return Wide(vm::to_hex(w)); // "0x..."
}

/// The name of the assertion a `...Decimal` variant makes ("assertEqDecimal": "assertEq").
std::string_view base_name(std::string_view name) {
    constexpr std::string_view suffix = "Decimal";
    if (name.ends_with(suffix)) name.remove_suffix(suffix.size());
    return name;
}

/// A word of `type` as an amount with `decimals` decimals, as forge shows it (alloy's
/// format_units: every decimal kept, "1.500000000000000000", "5.0" with none; a negative
/// int256 with its sign); plain beyond 77 decimals, which no unit has.
std::string with_decimals(const std::string& type, const U256& word, const U256& decimals) {
    const bool negative = type == "int256" && slt(word, U256{});
    const Wide magnitude = wide(negative ? U256{} - word : word);
    const std::string sign = negative ? "-" : "";
    if (vm::bit_length(decimals) > 8 || decimals.low() > 77) return sign + magnitude.str();
    const auto units = static_cast<unsigned>(decimals.low());
    Wide unit = 1;
    for (unsigned i = 0; i < units; ++i)
        unit *= 10;
    std::string fraction = Wide(magnitude % unit).str();
    if (fraction.size() < units) fraction.insert(0, units - fraction.size(), '0');
    return sign + Wide(magnitude / unit).str() + "." + fraction;
}

/// A value as Foundry prints it in an assertion message: strings without quotes.
std::string shown(const Value& v) {
    if (v.type == "string") return v.json.get<std::string>();
    return v.text;
}

bool is_approximate(std::string_view name) {
    return name.starts_with("assertApprox");
}

/// How an assertion shows what it compared: the values as Foundry prints them, or, for a
/// `...Decimal` variant, as amounts with the decimals given after the values (and after the
/// delta of an approximate one).
class Shown {
public:
    Shown(const Signature& s, const std::vector<Value>& v, BytesView args)
        : m_type(s.types[0]), m_values(v), m_args(args) {
        if (base_name(s.name) != s.name)
            m_decimals = load_be(args.data() + 32 * (is_approximate(s.name) ? 3 : 2));
    }
    /// The compared value at argument `i`.
    std::string value(std::size_t i) const {
        if (!m_decimals) return shown(m_values[i]);
        return with_decimals(m_type, load_be(m_args.data() + 32 * i), *m_decimals);
    }
    /// A distance between the values.
    std::string delta(const U256& d) const {
        return m_decimals ? with_decimals("uint256", d, *m_decimals) : to_dec(d);
    }
    /// Where the assertion's message is, if it has one: after the values, the delta of an
    /// approximate assertion and the decimals.
    static std::size_t message_at(const Signature& s) {
        return (is_approximate(s.name) ? 3 : 2) + (base_name(s.name) != s.name ? 1 : 0);
    }

private:
    std::string m_type;
    const std::vector<Value>& m_values;
    BytesView m_args;
    std::optional<U256> m_decimals;
};

/// `left OP right` for the comparison named `op` on words of `type` (signed for int256).
bool holds(std::string_view op, const std::string& type, const U256& l, const U256& r) {
    const bool is_signed = type == "int256";
    const bool lt = is_signed ? slt(l, r) : l < r;
    const bool gt = is_signed ? slt(r, l) : r < l;
    if (op == "assertLt") return lt;
    if (op == "assertGt") return gt;
    if (op == "assertLe") return !gt;
    if (op == "assertGe") return !lt;
    return false;
}

/// The failure: "assertion failed: X" without a message, "msg: X" with one.
Bytes failure(const std::vector<Value>& values, std::size_t message_at, const std::string& what) {
    if (values.size() > message_at)
        return encode_error(values[message_at].json.get<std::string>() + ": " + what);
    return encode_error("assertion failed: " + what);
}

std::optional<Bytes> run_truth(const std::string& name, const std::vector<Value>& v) {
    const bool want = name == "assertTrue";
    if (v[0].json.get<bool>() == want) return std::nullopt;
    if (v.size() > 1) return encode_error(v[1].json.get<std::string>());
    return encode_error("assertion failed");
}

/// |l - r| for words of `type` (exact in 256 bits for both uint256 and int256).
U256 distance(const std::string& type, const U256& l, const U256& r) {
    if (type == "int256" && slt(l, r)) return r - l; // two's complement: exact for int256
    if (type == "int256") return l - r;
    return l < r ? r - l : l - r;
}

std::optional<Bytes> run_approx(const Signature& s, const std::vector<Value>& v, BytesView args) {
    const U256 l = load_be(args.data()), r = load_be(args.data() + 32);
    const U256 max_delta = load_be(args.data() + 64);
    const U256 delta = distance(s.types[0], l, r);
    if (delta <= max_delta) return std::nullopt;
    const Shown show(s, v, args);
    return failure(v, Shown::message_at(s),
                   fmt::format("{} !~= {} (max delta: {}, real delta: {})", show.value(0),
                               show.value(1), show.delta(max_delta), show.delta(delta)));
}

/// |l - r| relative to |r| in units of 1e18 = 100%, as forge-std's assertApproxEqRel computes
/// it (exact: a 512-bit product); nullopt when r is 0 (then only l == 0 passes).
std::optional<Wide> relative_delta(const std::string& type, const U256& l, const U256& r) {
    const U256 abs_r = type == "int256" && slt(r, U256{}) ? U256{} - r : r;
    if (abs_r.is_zero()) return std::nullopt;
    return wide(distance(type, l, r)) * Wide("1000000000000000000") / wide(abs_r);
}

bool approx_rel_holds(const std::string& type, const U256& l, const U256& r, const U256& max) {
    const auto delta = relative_delta(type, l, r);
    return delta ? *delta <= wide(max) : l == r;
}

/// A fraction of 1e18 as forge prints it: "2.0000000000000000%".
std::string percent(const Wide& v) {
    const Wide unit("10000000000000000"); // 1e16: 1%
    const std::string frac = Wide(v % unit).str();
    return Wide(v / unit).str() + "." + std::string(16 - frac.size(), '0') + frac + "%";
}

std::optional<Bytes> run_approx_rel(const Signature& s, const std::vector<Value>& v,
                                    BytesView args) {
    const U256 l = load_be(args.data()), r = load_be(args.data() + 32);
    const U256 max = load_be(args.data() + 64);
    if (approx_rel_holds(s.types[0], l, r, max)) return std::nullopt;
    const auto delta = relative_delta(s.types[0], l, r);
    const Shown show(s, v, args);
    const std::size_t message = Shown::message_at(s);
    if (!delta) return failure(v, message, fmt::format("{} != {}", show.value(0), show.value(1)));
    return failure(v, message,
                   fmt::format("{} !~= {} (max delta: {}, real delta: {})", show.value(0),
                               show.value(1), percent(wide(max)), percent(*delta)));
}

std::optional<Bytes> run_comparison(const Signature& s, const std::vector<Value>& v,
                                    BytesView args) {
    const std::string_view name = base_name(s.name);
    const auto c = std::find_if(kComparisons.begin(), kComparisons.end(),
                                [&](const Comparison& x) { return name == x.name; });
    bool ok = false;
    if (name == "assertEq" || name == "assertNotEq") {
        // Values compare by their encoding: words for value types, contents for dynamic ones.
        const bool equal = v[0].json == v[1].json;
        ok = (name == "assertEq") == equal;
    } else {
        ok = holds(name, s.types[0], load_be(args.data()), load_be(args.data() + 32));
    }
    if (ok) return std::nullopt;
    const Shown show(s, v, args);
    return failure(v, Shown::message_at(s),
                   fmt::format("{} {} {}", show.value(0), c->shown, show.value(1)));
}

bool word_true(BytesView args, std::size_t i) {
    return !load_be(args.data() + 32 * i).is_zero();
}

/// Whether the cheatcode holds, decided on the raw words (the common case, and the hot one in
/// fuzz runs: no decoding, no text); nullopt when it needs decoding (dynamic values).
std::optional<bool> holds_on_words(const Signature& s, BytesView args) {
    const std::size_t statics = std::min<std::size_t>(s.types.size(), 3);
    if (args.size() < 32 * statics) return std::nullopt; // malformed: the decoder says why
    if (s.name == "assume" || s.name == "skip") return std::nullopt;
    if (s.name == "assertTrue") return word_true(args, 0);
    if (s.name == "assertFalse") return !word_true(args, 0);
    if (s.types[0] == "string" || s.types[0] == "bytes" || s.types[0].ends_with("[]"))
        return std::nullopt; // compared decoded
    const U256 l = load_be(args.data()), r = load_be(args.data() + 32);
    const std::string_view name = base_name(s.name); // decimals only change the text
    if (name == "assertEq") return l == r;
    if (name == "assertNotEq") return !(l == r);
    if (name == "assertApproxEqAbs") return distance(s.types[0], l, r) <= load_be(args.data() + 64);
    if (name == "assertApproxEqRel")
        return approx_rel_holds(s.types[0], l, r, load_be(args.data() + 64));
    return holds(name, s.types[0], l, r);
}

} // namespace

const Bytes& assume_rejection() {
    static const Bytes b = text_bytes("FOUNDRY::ASSUME");
    return b;
}

const Bytes& skip_request() {
    static const Bytes b = text_bytes("FOUNDRY::SKIP");
    return b;
}

std::optional<std::string> test_cheat_signature(std::array<std::uint8_t, 4> selector) {
    // Hashed once: assertions sit in the loops of fuzz runs.
    static const std::map<std::array<std::uint8_t, 4>, std::string> by_selector = [] {
        std::map<std::array<std::uint8_t, 4>, std::string> m;
        for (const std::string& sig : signatures())
            m.emplace(vm::selector_of(sig), sig);
        return m;
    }();
    const auto it = by_selector.find(selector);
    if (it == by_selector.end()) return std::nullopt;
    return it->second;
}

std::optional<Bytes> run_test_cheat(const std::string& sig, BytesView args) {
    const auto s = parse_signature(sig);
    if (!s) return encode_error("malformed test cheatcode " + sig);
    if (holds_on_words(*s, args).value_or(false)) return std::nullopt;
    const auto v = decode_values(s->types, args);
    if (!v) return encode_error(fmt::format("vm.{}: malformed arguments", sig));
    if (s->name == "assume")
        return (*v)[0].json.get<bool>() ? std::nullopt : std::optional(assume_rejection());
    if (s->name == "skip")
        return (*v)[0].json.get<bool>() ? std::optional(skip_request()) : std::nullopt;
    if (s->name == "assertTrue" || s->name == "assertFalse") return run_truth(s->name, *v);
    const std::string_view name = base_name(s->name);
    if (name == "assertApproxEqAbs") return run_approx(*s, *v, args);
    if (name == "assertApproxEqRel") return run_approx_rel(*s, *v, args);
    return run_comparison(*s, *v, args);
}

} // namespace mallory::chain::foundry
