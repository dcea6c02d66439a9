#include "analyzer/answers.hpp"

#include "analyzer/actions.hpp"
#include "vm/keccak.hpp"

#include <algorithm>

namespace mallory::analyzer {

namespace {

using vm::U256;

/// Integer answers tried beyond the default zero: enough for the constants a caller compares
/// a price or an amount with, few enough to keep the search small.
constexpr std::size_t max_integer_answers = 8;
/// Argument words of a callback read for a fee: ERC-3156's fee is the third.
constexpr std::size_t max_repayment_words = 4;

void add_unique(std::vector<U256>& v, const U256& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool is_dynamic(const check::Type& t) {
    using K = check::TypeKind;
    return t.kind == K::bytes || t.kind == K::string || (t.kind == K::array && !t.length) ||
           t.kind == K::struct_ || t.kind == K::mapping;
}

/// The word of one return value in the default answer.
U256 default_word(const check::Type& t, std::uint32_t selector) {
    if (t.kind == check::TypeKind::fixed_bytes && t.byte_size == 4)
        return vm::shl(U256{selector}, 224);
    if (t.kind == check::TypeKind::boolean) return U256{1};
    return U256{};
}

/// `w` cut to the first `n` bytes (a bytesN value is left-aligned in its word).
U256 left_bytes(const U256& w, unsigned n) {
    return n >= 32 ? w : vm::shl(vm::shr(w, 8 * (32 - n)), 8 * (32 - n));
}

/// The other words a return value of type `t` may take (without its default).
std::vector<U256> other_words(const check::Type& t, const U256& deflt, const Domains& d) {
    using K = check::TypeKind;
    std::vector<U256> out;
    switch (t.kind) {
    case K::boolean:
        out.push_back(U256{});
        break;
    case K::integer:
        for (const U256& v : t.is_signed ? d.ints : d.uints)
            if (out.size() < max_integer_answers &&
                (t.is_signed || t.bits == 256 || vm::bit_length(v) <= t.bits))
                add_unique(out, v);
        break;
    case K::fixed_bytes:
        if (t.byte_size == 4) out.push_back(U256{}); // a wrong magic value
        // A constant the caller compares with (`bytes4(keccak256("..."))`, a bytes32 magic).
        for (const U256& w : d.words)
            add_unique(out, left_bytes(w, t.byte_size));
        break;
    case K::address:
    case K::contract:
        out = d.addresses;
        break;
    default:
        break;
    }
    std::erase(out, deflt);
    return out;
}

} // namespace

std::optional<std::uint32_t> selector_of(vm::BytesView input) {
    if (input.size() < 4) return std::nullopt;
    return (std::uint32_t{input[0]} << 24) | (std::uint32_t{input[1]} << 16) |
           (std::uint32_t{input[2]} << 8) | input[3];
}

std::vector<U256> repayment_amounts(const U256& value, vm::BytesView input) {
    std::vector<U256> out;
    std::optional<U256> previous; // the amount word just before, if the one before was one
    for (std::size_t at = 4; at + 32 <= input.size() && at < 4 + 32 * max_repayment_words;
         at += 32) {
        const U256 w = vm::load_be(input.data() + at);
        const bool amount = !w.is_zero() && vm::bit_length(w) <= 96;
        if (amount) add_unique(out, value + w);
        // A word that points past itself into the call data is a dynamic argument's offset
        // (`data`'s), no amount: it is never owed with another.
        const bool offset = amount && (w & U256{31}).is_zero() && U256{at + 28} <= w &&
                            w + U256{36} <= U256{input.size()};
        // A loan of tokens and its fee, side by side (`onFlashLoan(initiator, amount, fee,
        // data)`): owed together.
        if (amount && !offset && previous && value.is_zero()) add_unique(out, *previous + w);
        previous = amount && !offset ? std::optional<U256>{w} : std::nullopt;
    }
    if (!value.is_zero()) add_unique(out, value);
    return out;
}

vm::Bytes default_answer(const check::FunctionInfo& f, std::uint32_t selector) {
    vm::Bytes out(32 * f.return_types.size());
    for (std::size_t i = 0; i < f.return_types.size(); ++i)
        vm::store_be(out.data() + 32 * i, default_word(*f.return_types[i], selector));
    return out;
}

std::vector<vm::Bytes> alternative_answers(const check::FunctionInfo& f, std::uint32_t selector,
                                           const Domains& d) {
    std::vector<vm::Bytes> out;
    const vm::Bytes base = default_answer(f, selector);
    for (std::size_t i = 0; i < f.return_types.size(); ++i) {
        const check::Type& t = *f.return_types[i];
        if (is_dynamic(t)) continue; // its default is an empty value; no domain here
        for (const U256& w : other_words(t, default_word(t, selector), d)) {
            vm::Bytes a = base;
            vm::store_be(a.data() + 32 * i, w);
            out.push_back(std::move(a));
        }
    }
    return out;
}

std::vector<U256> word_constants(const Program& p) {
    std::vector<U256> out;
    // Node ids are unique across the files: each file's are [the previous file's end, its
    // node_count) in parse order. The built-in forge-std files are not the program's.
    std::vector<std::pair<lang::ast::NodeId, bool>> ends; // (node_count, builtin)
    for (const auto& u : p.front().units)
        ends.emplace_back(u->unit.node_count, u->builtin);
    std::sort(ends.begin(), ends.end());
    lang::ast::NodeId begin = 0;
    for (const auto& [end, builtin] : ends) {
        for (lang::ast::NodeId id = begin; !builtin && id < end; ++id) {
            const check::ExprInfo* e = p.model().expr(id);
            if (!e || !e->type || e->type->kind != check::TypeKind::string_literal) continue;
            const std::string& s = e->type->text;
            if (out.size() < max_word_constants)
                add_unique(out, vm::keccak256_word(vm::BytesView{
                                    reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}));
        }
        begin = end;
    }
    for (const check::Rational& r : p.model().integer_constants())
        if (const auto w = rational_word(r);
            w && vm::bit_length(*w) > 160 && out.size() < max_word_constants)
            add_unique(out, *w);
    return out;
}

} // namespace mallory::analyzer
