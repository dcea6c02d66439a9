#include "analyzer/enlarge.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mallory::analyzer {

namespace {

using Clock = std::chrono::steady_clock;
using vm::U256;

/// How far an amount is multiplied at each step of the climb (16: a 2-wei borrow reaches
/// ether in 15 replays), and the precision of the halving that follows (a thousandth).
constexpr unsigned climb_bits = 4;
constexpr unsigned precision_bits = 10;
/// Amounts stay within 128 bits: beyond, no balance pays them.
constexpr unsigned max_amount_bits = 128;

/// The token `name`'s impact in `i`, if it has one.
const TokenImpact* token_impact(const Impact& i, const std::string& name) {
    const auto it = std::find_if(i.tokens.begin(), i.tokens.end(),
                                 [&](const TokenImpact& t) { return t.token == name; });
    return it == i.tokens.end() ? nullptr : &*it;
}

/// The positions and widths of the unsigned parameters of the function `c` calls, when all
/// its parameters are value types (an amount raised in place keeps the encoding valid).
std::vector<std::pair<std::size_t, unsigned>> unsigned_parameters(const Program& program,
                                                                  const CallSpec& c) {
    std::vector<std::pair<std::size_t, unsigned>> out;
    for (const auto& [t, f] : mutators(program)) {
        if (t->name() != c.contract || call_signature(*f) != c.signature) continue;
        out.clear(); // a later mutator of the same name and signature wins, as in the search
        if (!std::all_of(f->parameter_types.begin(), f->parameter_types.end(),
                         [](const check::TypePtr& ty) { return check::is_value_type(*ty); }))
            continue;
        for (std::size_t i = 0; i < f->parameter_types.size() && i < c.args.size(); ++i)
            if (const check::Type& ty = *f->parameter_types[i];
                ty.kind == check::TypeKind::integer && !ty.is_signed)
                out.emplace_back(i, ty.bits);
    }
    return out;
}

/// One amount of the attack's last transaction: an argument of the call itself (no `choice`)
/// or of one of its re-entries (the adversary's answer `choice`).
struct Slot {
    std::optional<std::size_t> choice;
    std::size_t arg = 0;
    unsigned bits = 0;
};

/// The amounts of `last` that may be raised: its call's, then each re-entry's.
std::vector<Slot> amounts_of(const Program& program, const TxStep& last) {
    std::vector<Slot> out;
    for (const auto& [arg, bits] : unsigned_parameters(program, last.call))
        out.push_back(Slot{std::nullopt, arg, bits});
    for (std::size_t j = 0; j < last.choices.size(); ++j)
        if (last.choices[j].kind == ChoiceKind::reenter)
            for (const auto& [arg, bits] : unsigned_parameters(program, last.choices[j].call))
                out.push_back(Slot{j, arg, bits});
    return out;
}

U256& amount_at(Witness& w, const Slot& s) {
    TxStep& last = w.steps.back();
    return (s.choice ? last.choices[*s.choice].call : last.call).args[s.arg];
}

/// The roundest amount in [lo, hi) (the most trailing decimal zeros: 0.75 ether between
/// 0.74999 ether and 0.75001 ether), lo when none is rounder.
U256 roundest_in(const U256& lo, const U256& hi) {
    std::vector<U256> powers{U256{1}};
    while (vm::bit_length(powers.back()) + 4 <= max_amount_bits)
        powers.push_back(powers.back() * U256{10});
    for (auto p = powers.rbegin(); p != powers.rend(); ++p) {
        const U256 up = vm::udiv(lo + *p - U256{1}, *p) * *p;
        if (up < hi) return up;
    }
    return lo;
}

/// The search for one amount's largest value; `best` is the witness and its impact so far.
class Climb {
public:
    Climb(const Program& program, Witness& best, Impact& impact, Clock::time_point deadline)
        : m_program(program), m_best(best), m_impact(impact), m_deadline(deadline) {}

    /// Raises the amount at `slot`. A first step of a thousandth tells an amount already at
    /// its limit (a withdrawal of the whole balance) in one replay.
    void raise(const Slot& slot) {
        const unsigned width = std::min(slot.bits, max_amount_bits);
        U256 lo = amount_at(m_best, slot);
        if (lo.is_zero() || vm::bit_length(lo) + climb_bits > width) return;
        const U256 step = std::max(vm::shr(lo, precision_bits), U256{1});
        if (!take(slot, lo + step)) return;
        lo = lo + step;
        U256 hi = lo;
        bool refused = false;
        while (!refused && vm::bit_length(lo) + climb_bits <= width) {
            hi = vm::shl(lo, climb_bits);
            if (!take(slot, hi))
                refused = true;
            else
                lo = hi;
            if (Clock::now() >= m_deadline) return;
        }
        if (!refused) return;
        while (hi - lo > U256{1} && hi - lo > vm::shr(lo, precision_bits)) {
            const U256 mid = lo + vm::shr(hi - lo, 1);
            (take(slot, mid) ? lo : hi) = mid;
            if (Clock::now() >= m_deadline) return;
        }
        // The limit is usually a round amount (a collateral factor of 75%): asked exactly,
        // the report reads 0.75 ether, not 0.74999 ether.
        if (const U256 round = roundest_in(lo, hi); lo < round) take(slot, round);
    }

private:
    /// Whether the attack asking `value` at `slot` still replays, violating its property, and
    /// gains more than the best so far; if so it becomes the best.
    bool take(const Slot& slot, const U256& value) {
        Witness tried = m_best;
        amount_at(tried, slot) = value;
        const ReplayResult r = replay(m_program, tried);
        if (!r.ran || !r.violated || !r.impact || !gains_more(*r.impact, m_impact)) return false;
        m_best = std::move(tried);
        m_impact = *r.impact;
        return true;
    }

    const Program& m_program;
    Witness& m_best;
    Impact& m_impact;
    Clock::time_point m_deadline;
};

/// How the adversary's net result in one asset compares, `a` against `b` (gain and loss are
/// each what it ended with beyond, or short of, what it started with): -1, 0 or 1.
int compare_net(const U256& a_gain, const U256& a_loss, const U256& b_gain, const U256& b_loss) {
    const U256 a = a_gain + b_loss, b = b_gain + a_loss; // a_net - b_net, shifted
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

bool gains_more(const Impact& a, const Impact& b) {
    const int ether =
        compare_net(a.adversary_gain, a.adversary_loss, b.adversary_gain, b.adversary_loss);
    if (ether < 0) return false;
    bool more = ether > 0;
    std::vector<std::string> tokens; // every token either side names
    for (const Impact* i : {&a, &b})
        for (const TokenImpact& t : i->tokens)
            if (std::find(tokens.begin(), tokens.end(), t.token) == tokens.end())
                tokens.push_back(t.token);
    const TokenImpact none;
    for (const std::string& name : tokens) {
        const TokenImpact* in_a = token_impact(a, name);
        const TokenImpact* in_b = token_impact(b, name);
        const TokenImpact& x = in_a ? *in_a : none;
        const TokenImpact& y = in_b ? *in_b : none;
        const int c =
            compare_net(x.adversary_gain, x.adversary_loss, y.adversary_gain, y.adversary_loss);
        if (c < 0) return false;
        more |= c > 0;
    }
    return more;
}

Witness enlarged(const Program& program, const Witness& w, const Impact& impact,
                 Clock::time_point deadline) {
    if (w.steps.empty() || w.steps.back().is_warp() || w.steps.back().sender != adversary_name)
        return w;
    Witness best = w;
    Impact best_impact = impact;
    Climb climb(program, best, best_impact, deadline);
    for (const Slot& slot : amounts_of(program, w.steps.back())) {
        if (Clock::now() >= deadline) break;
        climb.raise(slot);
    }
    return best;
}

} // namespace mallory::analyzer
