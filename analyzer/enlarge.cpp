#include "analyzer/enlarge.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
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

/// The search for one argument's largest amount; `best` is the witness and its impact so far.
class Climb {
public:
    Climb(const Program& program, Witness& best, Impact& impact, Clock::time_point deadline)
        : m_program(program), m_best(best), m_impact(impact), m_deadline(deadline) {}

    /// Raises argument `arg` (of `bits` bits) of the last step.
    void raise(std::size_t arg, unsigned bits) {
        const unsigned width = std::min(bits, max_amount_bits);
        U256 lo = amount(arg);
        if (lo.is_zero()) return;
        U256 hi = lo;
        bool refused = false;
        while (!refused && vm::bit_length(lo) + climb_bits <= width) {
            hi = vm::shl(lo, climb_bits);
            if (!take(arg, hi))
                refused = true;
            else
                lo = hi;
            if (Clock::now() >= m_deadline) return;
        }
        if (!refused) return;
        while (hi - lo > U256{1} && hi - lo > vm::shr(lo, precision_bits)) {
            const U256 mid = lo + vm::shr(hi - lo, 1);
            (take(arg, mid) ? lo : hi) = mid;
            if (Clock::now() >= m_deadline) return;
        }
        // The limit is usually a round amount (a collateral factor of 75%): asked exactly,
        // the report reads 0.75 ether, not 0.74999 ether.
        if (const U256 round = roundest_in(lo, hi); lo < round) take(arg, round);
    }

private:
    U256 amount(std::size_t arg) const { return m_best.steps.back().call.args[arg]; }

    /// Whether the attack asking `value` in argument `arg` still replays, violating its
    /// property, and gains more than the best so far; if so it becomes the best.
    bool take(std::size_t arg, const U256& value) {
        Witness tried = m_best;
        tried.steps.back().call.args[arg] = value;
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

} // namespace

bool gains_more(const Impact& a, const Impact& b) {
    bool more = b.adversary_gain < a.adversary_gain;
    if (a.adversary_gain < b.adversary_gain) return false;
    for (const TokenImpact& t : b.tokens) {
        const TokenImpact* at = token_impact(a, t.token);
        const U256 gain = at ? at->adversary_gain : U256{};
        if (gain < t.adversary_gain) return false;
    }
    for (const TokenImpact& t : a.tokens) {
        const TokenImpact* before = token_impact(b, t.token);
        more |= (before ? before->adversary_gain : U256{}) < t.adversary_gain;
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
    for (const auto& [arg, bits] : unsigned_parameters(program, w.steps.back().call)) {
        if (Clock::now() >= deadline) break;
        climb.raise(arg, bits);
    }
    return best;
}

} // namespace mallory::analyzer
