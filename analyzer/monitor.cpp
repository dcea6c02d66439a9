#include "analyzer/monitor.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/evaluator.hpp"
#include "analyzer/token.hpp"
#include "lang/compile/layout.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace mallory::analyzer {

using vm::U256;

// ---- the properties ------------------------------------------------------------------------

std::string Property::name(const Program& p) const {
    const std::string& c = p.targets()[target].name();
    switch (kind) {
    case PropertyKind::invariant:
        return fmt::format("{}: invariant {}", c, text);
    case PropertyKind::invariant_at_call:
        return fmt::format("{}: invariant {} at external calls", c, text);
    case PropertyKind::if_succeeds:
        return fmt::format("{}.{}: if_succeeds {}", c, function->name, text);
    case PropertyKind::callback_freedom:
        return fmt::format("{}: {}", c, to_string(kind));
    case PropertyKind::adversary_profit: {
        // A property of the whole system: named after its one contract, or after the system
        // when several are selected (not after whichever was deployed first).
        const auto selected = std::count_if(p.targets().begin(), p.targets().end(),
                                            [](const Target& t) { return t.selected; });
        return fmt::format("{}: {}", selected > 1 ? std::string("system") : c, to_string(kind));
    }
    }
    return c;
}

namespace {

void add_annotated(const Program& program, std::size_t ti, std::vector<Property>& out) {
    const Target& t = program.targets()[ti];
    const auto text_of = [&](const lang::ast::Annotation& a) {
        return std::string(program.sources().text(astutil::span_of(a.condition)));
    };
    int idx = 0;
    for (const check::ContractInfo* c : t.info->linearization)
        for (const lang::ast::Annotation& a : c->ast->annotations) {
            if (a.kind != lang::ast::AnnotationKind::invariant) continue;
            out.push_back(Property{PropertyKind::invariant, ti, nullptr, &a, idx, text_of(a)});
            out.push_back(
                Property{PropertyKind::invariant_at_call, ti, nullptr, &a, idx, text_of(a)});
            ++idx;
        }
    for (const check::FunctionInfo* f : t.info->external_functions) {
        if (!f->ast) continue;
        int fi = 0;
        for (const lang::ast::Annotation& a : f->ast->annotations)
            if (a.kind == lang::ast::AnnotationKind::if_succeeds)
                out.push_back(Property{PropertyKind::if_succeeds, ti, f, &a, fi++, text_of(a)});
    }
}

} // namespace

std::vector<Property> collect_properties(const Program& program) {
    std::vector<Property> out;
    std::optional<std::size_t> first_selected;
    for (std::size_t ti = 0; ti < program.targets().size(); ++ti) {
        if (!program.targets()[ti].selected) continue; // a helper: its properties were not asked
        if (!first_selected) first_selected = ti;
        add_annotated(program, ti, out);
        out.push_back(Property{PropertyKind::callback_freedom, ti, nullptr, nullptr, 0,
                               "every state reached with re-entry is reachable without it"});
    }
    // Adversary profit is a property of the whole system: the adversary's ether against what
    // the same calls without its answers would give it (judge_profit).
    if (first_selected)
        out.push_back(Property{PropertyKind::adversary_profit, *first_selected, nullptr, nullptr, 0,
                               "the adversary gains no ether or tokens that the same calls "
                               "without its callbacks would not give it"});
    return out;
}

// ---- impact --------------------------------------------------------------------------------

namespace {

U256 saturating_sub(const U256& a, const U256& b) {
    return b < a ? a - b : U256{};
}

} // namespace

bool Holdings::dominated_by(const Holdings& o) const {
    bool less = false;
    for (std::size_t i = 0; i < assets.size() && i < o.assets.size(); ++i) {
        if (o.assets[i] < assets[i]) return false;
        less |= assets[i] < o.assets[i];
    }
    return less;
}

bool Holdings::exceeds_somewhere(const Holdings& o) const {
    for (std::size_t i = 0; i < assets.size(); ++i)
        if (i >= o.assets.size() || o.assets[i] < assets[i]) return true;
    return false;
}

bool Holdings::exceeds_both_somewhere(const Holdings& a, const Holdings& b) const {
    const auto below = [this](const Holdings& h, std::size_t i) {
        return i >= h.assets.size() || h.assets[i] < assets[i];
    };
    for (std::size_t i = 0; i < assets.size(); ++i)
        if (below(a, i) && below(b, i)) return true;
    return false;
}

namespace {

U256 asset(const Holdings& h, std::size_t i) {
    return i < h.assets.size() ? h.assets[i] : U256{};
}

/// Whether the call at position `i` of the run `r` reverted.
bool reverted_at(const SequentialRun& r, std::size_t i) {
    return i < r.reverted.size() && r.reverted[i];
}

/// Gain, loss and the honest actors' and system's loss of asset `i` (see Impact).
TokenImpact asset_impact(const Ledger& before, const Ledger& after, std::size_t i) {
    TokenImpact out;
    out.token = i < after.assets.size() ? after.assets[i] : "";
    out.adversary_gain = saturating_sub(asset(after.adversary, i), asset(before.adversary, i));
    out.adversary_loss = saturating_sub(asset(before.adversary, i), asset(after.adversary, i));
    // What the honest actors and the system lost together, net: value moving between them
    // (an honest deposit during the attack) is nobody's loss.
    const U256 others_before = asset(before.honest, i) + asset(before.system, i);
    const U256 others_after = asset(after.honest, i) + asset(after.system, i);
    out.honest_loss = std::min(out.adversary_gain, saturating_sub(others_before, others_after));
    return out;
}

} // namespace

bool others_paid(const Ledger& before, const Ledger& after) {
    const std::size_t n = std::max(before.assets.size(), after.assets.size());
    for (std::size_t i = 0; i < n; ++i)
        if (!asset_impact(before, after, i).honest_loss.is_zero()) return true;
    return false;
}

Impact measure_impact(const Ledger& before, const Ledger& after, std::vector<std::string> broken) {
    Impact out;
    const TokenImpact ether = asset_impact(before, after, 0);
    out.adversary_gain = ether.adversary_gain;
    out.adversary_loss = ether.adversary_loss;
    out.honest_loss = ether.honest_loss;
    for (std::size_t i = 1; i < after.assets.size(); ++i)
        out.tokens.push_back(asset_impact(before, after, i));
    out.broken = std::move(broken);
    return out;
}

std::string Impact::describe() const {
    std::string out;
    if (!adversary_gain.is_zero())
        out = fmt::format("the adversary gained {}", format_wei(adversary_gain));
    else if (!adversary_loss.is_zero())
        out = fmt::format("the adversary lost {} of its own", format_wei(adversary_loss));
    else
        out = "the adversary's ether did not change";
    out += honest_loss.is_zero() ? "; honest users lost no ether"
                                 : fmt::format("; honest users and the funds held for them lost {}",
                                               format_wei(honest_loss));
    for (const TokenImpact& t : tokens) {
        if (!t.adversary_gain.is_zero())
            out += fmt::format("; the adversary gained {} units of token {}",
                               vm::to_dec(t.adversary_gain), t.token);
        else if (!t.adversary_loss.is_zero())
            out += fmt::format("; the adversary lost {} units of token {} of its own",
                               vm::to_dec(t.adversary_loss), t.token);
        if (!t.honest_loss.is_zero())
            out += fmt::format("; honest users and the funds held for them lost {} units of "
                               "token {}",
                               vm::to_dec(t.honest_loss), t.token);
    }
    if (broken.empty()) return out + "; no invariant left broken";
    out += "; invariants broken: ";
    for (std::size_t i = 0; i < broken.size(); ++i)
        out += (i ? ", " : "") + broken[i];
    return out;
}

// ---- callback-freedom and adversary profit -------------------------------------------------

std::vector<TxStep> sequential_calls(const Program& program, const TxStep& step,
                                     std::vector<Choice> answers,
                                     const std::vector<TxStep>& landed) {
    if (step.is_warp()) return {step}; // a wait runs as it is: the clock moves the same
    std::vector<TxStep> calls{TxStep{step.sender, step.call, std::move(answers)}};
    for (const TxStep& l : landed)
        if (!is_view_call(program, l.call) && calls.size() < max_sequential_calls)
            calls.push_back(TxStep{l.sender, l.call, {}});
    return calls;
}

SequentialRun observe_run(const Observer& observer, vm::State& state, Holdings adversary) {
    return {observer.hash(state),       std::move(adversary),     observer.others_hash(state),
            observer.own_values(state), observer.acquired(state), observer.broken_bounds(state),
            observer.own_keys(),        observer.own_debts(),     observer.own_holdings()};
}

std::vector<TxStep> exit_probes(const Program& program, const Accounts& accounts,
                                const std::vector<U256>& amounts) {
    std::vector<TxStep> out;
    for (const auto& [name, caller] : {std::pair{adversary_name, accounts.adversary},
                                       std::pair{accomplice_name, accounts.accomplice}})
        for (const U256& amount : amounts) {
            Domains d;
            d.uints = {amount};
            d.ints = {amount};
            d.addresses = {caller.to_word()};
            for (const auto& [t, f] : mutators(program)) {
                const std::string sig = call_signature(*f);
                out.push_back(
                    TxStep{name, CallSpec{t->name(), sig, first_arguments(*f, d), {}}, {}});
            }
        }
    return out;
}

namespace {

/// Which values of a differing own entry become probe amounts.
struct AmountsOf {
    bool both_runs = false; ///< the second run's value too, not only the first's
    bool zero = false;      ///< zero as well (an allowance spent)
};

/// Probe amounts from the values of the adversary's own entries that differ between `a` and
/// `b`: per such entry, `a`'s value and the others `which` asks for (at most four, smallest
/// first), then the objects those entries belong to (at most two: `withdrawPledge(1)` cashes in
/// `pledgeOf[1][mallory]`).
std::vector<U256> own_amounts(const SequentialRun& a, const SequentialRun& b, AmountsOf which) {
    std::vector<U256> out, keys;
    for (std::size_t i = 0; i < a.own.size() && i < b.own.size(); ++i)
        if (a.own[i] != b.own[i]) {
            for (const U256& v : {a.own[i], b.own[i]}) {
                if (which.zero || !v.is_zero()) out.push_back(v);
                if (!which.both_runs) break;
            }
            if (i < a.own_keys.size() && a.own_keys[i]) keys.push_back(*a.own_keys[i]);
        }
    for (std::vector<U256>* v : {&out, &keys}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    if (out.size() > 4) out.resize(4);
    if (keys.size() > 2) keys.resize(2);
    for (const U256& k : keys)
        if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
    return out;
}

/// The amounts the adversary's exit probes use: every non-zero value of its own entries in
/// `a` or `b` that differs between them.
std::vector<U256> differing_own_values(const SequentialRun& a, const SequentialRun& b) {
    return own_amounts(a, b, {.both_runs = true, .zero = false});
}

/// Whether every entry the system keeps for the adversary is at most what `seq` keeps, and
/// every debt it keeps against it at least as large.
bool owed_no_more(const SequentialRun& reentrant, const SequentialRun& seq) {
    if (reentrant.own.size() != seq.own.size()) return false;
    for (std::size_t i = 0; i < seq.own.size(); ++i) {
        const bool debt = i < reentrant.own_debts.size() && reentrant.own_debts[i];
        if (debt ? reentrant.own[i] < seq.own[i] : seq.own[i] < reentrant.own[i]) return false;
    }
    return true;
}

/// Per claim the system keeps for the adversary (its own entries but the token units the
/// holdings count), -1, 0 or 1 as the claim is smaller, equal or larger after `reentrant`
/// than after `seq` (a debt counted the other way), calling `visit` with each.
template <typename Visit>
void compare_claims(const SequentialRun& reentrant, const SequentialRun& seq, Visit visit) {
    for (std::size_t i = 0; i < seq.own.size() && i < reentrant.own.size(); ++i) {
        if (i < reentrant.own_holdings.size() && reentrant.own_holdings[i]) continue;
        const bool debt = i < reentrant.own_debts.size() && reentrant.own_debts[i];
        const U256& more = debt ? seq.own[i] : reentrant.own[i];
        const U256& less = debt ? reentrant.own[i] : seq.own[i];
        visit(more < less ? -1 : less < more ? 1 : 0);
    }
}

/// Whether an order that ended in `seq` is as good for the adversary as the re-entrant run
/// of a transaction that needs its callbacks (judge_callback_freedom): the re-entrant run
/// gave up a claim the order keeps (its own order filled and closed, whatever the escrow it
/// got back bought in the callback), or it is owed no more there and holds no more.
bool as_good_as_the_callbacks(const SequentialRun& reentrant, const SequentialRun& seq) {
    bool owed_more = false, gave_up = false;
    compare_claims(reentrant, seq, [&](int c) {
        owed_more |= c > 0;
        gave_up |= c < 0;
    });
    return gave_up || (!owed_more && !reentrant.adversary.exceeds_somewhere(seq.adversary));
}

/// The holdings after each exit probe (with the owed amounts that differ between the two
/// runs), from the re-entrant state and from `order`'s; nullopt when the probes did not run.
std::optional<std::pair<std::vector<ProbeRun>, std::vector<ProbeRun>>>
cash_in(const SequentialRun& reentrant, const SequentialRun& seq, const std::vector<TxStep>& order,
        const MakeProbes& make_probes, const RunProbes& probes) {
    const std::vector<TxStep> tries = make_probes(differing_own_values(reentrant, seq));
    auto from_reentrant = probes(nullptr, tries);
    auto from_order = probes(&order, tries);
    if (from_reentrant.size() != tries.size() || from_order.size() != tries.size())
        return std::nullopt;
    return std::make_pair(std::move(from_reentrant), std::move(from_order));
}

/// Whether cashing in never gives the adversary more from the re-entrant state than from
/// `order`'s, and (with `lost_once`) gives it less at least once: evidence that what it is
/// owed there is worth no more, or less. Without evidence of a loss, a claim no probe can
/// cash may still be an attack (a larger credit the probes cannot spend).
bool cashing_in_gains_nothing(const SequentialRun& reentrant, const SequentialRun& seq,
                              const std::vector<TxStep>& order, const MakeProbes& make_probes,
                              const RunProbes& probes, bool lost_once) {
    const auto runs = cash_in(reentrant, seq, order, make_probes, probes);
    if (!runs) return false;
    bool lost = false;
    for (std::size_t i = 0; i < runs->first.size(); ++i) {
        const Holdings& after_reentry = runs->first[i].adversary;
        const Holdings& after_order = runs->second[i].adversary;
        if (after_reentry.exceeds_somewhere(after_order)) return false;
        lost |= after_reentry.dominated_by(after_order);
    }
    return lost || !lost_once;
}

/// The amounts of probes that would redo alone what the re-entry did to the adversary's own
/// entries: each entry's value after the re-entry where it differs from `seq`'s (zero too: an
/// allowance spent).
std::vector<U256> reentrant_own_values(const SequentialRun& reentrant, const SequentialRun& seq) {
    return own_amounts(reentrant, seq, {.both_runs = false, .zero = true});
}

/// Whether one call of the adversary's (or its accomplice's), without re-entry, after `order`
/// reaches the re-entrant state exactly.
bool redone_alone(const SequentialRun& reentrant, const SequentialRun& seq,
                  const std::vector<TxStep>& order, const MakeProbes& make_probes,
                  const RunProbes& probes) {
    const std::vector<TxStep> tries = make_probes(reentrant_own_values(reentrant, seq));
    const std::vector<ProbeRun> after = probes(&order, tries);
    return std::any_of(after.begin(), after.end(),
                       [&](const ProbeRun& r) { return r.hash == reentrant.hash; });
}

} // namespace

CallbackFreedomVerdict judge_callback_freedom(const std::vector<TxStep>& calls,
                                              const SequentialRun& reentrant, const RunCalls& run,
                                              const MakeProbes& make_probes,
                                              const RunProbes& probes) {
    CallbackFreedomVerdict out;
    std::vector<std::size_t> order(calls.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const bool can_probe = make_probes && probes;
    // Than after every order: less of some asset, more of none, nothing more acquired.
    bool poorer_than_all = true;
    using Run = std::pair<std::vector<TxStep>, SequentialRun>;
    std::optional<Run> owed_more; // an order after which the system owes the adversary less
    // An order whose state differs only in what the system owes the adversary, owing it no
    // less, and after which it holds no less: the re-entry may have cost it only its claim.
    std::optional<Run> owed_less;
    // The first order whose state differs from the re-entrant one only in what belongs to the
    // adversary alone.
    std::optional<Run> own_only;
    std::vector<TxStep> ordered(calls.size());
    std::uint64_t kept_by_all = ~std::uint64_t{0}; // the bounds no order breaks
    Holdings most;               // per asset, the most any order left the adversary
    bool reverted_in_all = true; // the transaction itself, in every order
    // An order the re-entrant run is no better than, when the transaction needs its
    // callbacks: it is owed no more there, and holds more only where it gave up a claim.
    bool matched_by_an_order = false;
    do {
        for (std::size_t i = 0; i < order.size(); ++i)
            ordered[i] = calls[order[i]];
        const SequentialRun s = run(ordered);
        ++out.orders;
        if (s.hash == reentrant.hash) return out; // a callback-free order reaches it
        const auto outer = std::find(order.begin(), order.end(), std::size_t{0}) - order.begin();
        reverted_in_all &= reverted_at(s, static_cast<std::size_t>(outer));
        most.assets.resize(std::max(most.assets.size(), s.adversary.assets.size()));
        for (std::size_t i = 0; i < s.adversary.assets.size(); ++i)
            most.assets[i] = std::max(most.assets[i], s.adversary.assets[i]);
        kept_by_all &= ~s.broken_bounds;
        const bool acquired_no_more = reentrant.acquired <= s.acquired;
        poorer_than_all &= reentrant.adversary.dominated_by(s.adversary) && acquired_no_more;
        const bool no_more_owed = owed_no_more(reentrant, s);
        matched_by_an_order |= as_good_as_the_callbacks(reentrant, s);
        if (!no_more_owed && !owed_more) owed_more.emplace(ordered, s);
        if (!own_only && s.others == reentrant.others) own_only.emplace(ordered, s);
        if (!owed_less && can_probe && s.others == reentrant.others && acquired_no_more &&
            no_more_owed && !reentrant.adversary.exceeds_somewhere(s.adversary))
            owed_less.emplace(ordered, s);
    } while (std::next_permutation(order.begin(), order.end()));
    if (own_only && can_probe &&
        redone_alone(reentrant, own_only->second, own_only->first, make_probes, probes))
        return out; // the adversary reaches the same state without re-entry
    // The re-entry passed one of the targets' own checks on a stale value: harm to everyone
    // that check protects, whatever it cost the adversary.
    const bool broke_a_bound = (reentrant.broken_bounds & kept_by_all) != 0;
    out.needs_callbacks = reverted_in_all;
    if (out.needs_callbacks && !broke_a_bound && !reentrant.others_paid && matched_by_an_order)
        return out; // paid from its callbacks, at nobody else's cost
    out.violated = true;
    for (std::size_t i = 0; i < reentrant.adversary.assets.size(); ++i)
        out.gain.assets.push_back(saturating_sub(reentrant.adversary.assets[i], asset(most, i)));
    if (broke_a_bound) return out;
    if (poorer_than_all)
        out.self_harm =
            !owed_more ||
            (can_probe && cashing_in_gains_nothing(reentrant, owed_more->second, owed_more->first,
                                                   make_probes, probes, false));
    else if (owed_less)
        out.self_harm = cashing_in_gains_nothing(reentrant, owed_less->second, owed_less->first,
                                                 make_probes, probes, true);
    return out;
}

namespace {

/// Per asset, what `end` holds beyond `start` (0 where it holds no more).
Holdings gain_of(const Holdings& start, const Holdings& end) {
    Holdings out;
    for (std::size_t i = 0; i < end.assets.size(); ++i)
        out.assets.push_back(saturating_sub(end.assets[i], asset(start, i)));
    return out;
}

} // namespace

std::vector<SequentialOrder> sequential_orders(const std::vector<TxStep>& calls) {
    std::vector<SequentialOrder> out;
    if (calls.empty()) return out;
    const std::size_t extra = calls.size() - 1;
    for (std::size_t mask = 0; mask < (std::size_t{1} << extra); ++mask) {
        std::vector<std::size_t> chosen{0};
        for (std::size_t i = 0; i < extra; ++i)
            if (mask & (std::size_t{1} << i)) chosen.push_back(i + 1);
        do {
            SequentialOrder& order = out.emplace_back();
            for (std::size_t i : chosen) {
                if (i == 0) order.outer = order.calls.size();
                order.calls.push_back(calls[i]);
            }
        } while (std::next_permutation(chosen.begin(), chosen.end()));
    }
    return out;
}

namespace {

/// Raises the verdict's baseline to the gain an honest run that ended holding `held` gave in
/// each asset; whether the attack's gain still exceeds it somewhere (profit in an asset counts
/// only beyond what some honest run gives in it).
bool still_ahead(ProfitVerdict& v, const Holdings& start, const Holdings& held) {
    const Holdings g = gain_of(start, held);
    for (std::size_t a = 0; a < v.baseline.assets.size(); ++a)
        v.baseline.assets[a] = std::max(v.baseline.assets[a], asset(g, a));
    return v.gain.exceeds_somewhere(v.baseline);
}

/// Whether `end` holds at least what `held` holds in every asset and more in one: the attack
/// beats that run without callbacks whatever the assets are worth to each other (a credit moved
/// to the accomplice while the ether came back, against an order that keeps the credit but not
/// the ether and one that keeps the ether but not the credit).
bool dominates(const Holdings& end, const Holdings& held) {
    bool more = false;
    for (std::size_t a = 0; a < std::max(end.assets.size(), held.assets.size()); ++a) {
        if (asset(end, a) < asset(held, a)) return false;
        more |= asset(held, a) < asset(end, a);
    }
    return more;
}

/// Compares the attack with one more run without callbacks that ended holding `held`. The
/// attack stays a profit while it is ahead of every such run in one asset's gain (still_ahead),
/// or while it beats each run in every asset at once (dominates); false once it is neither.
/// `closest` keeps, per asset, the least the attack holds beyond a run so far.
bool ahead_of(ProfitVerdict& v, const Holdings& start, const Holdings& end, const Holdings& held,
              bool& per_asset, bool& per_run, Holdings& closest) {
    if (per_asset) per_asset = still_ahead(v, start, held);
    if (per_run) per_run = dominates(end, held);
    const std::size_t n = std::max(end.assets.size(), held.assets.size());
    const bool first = closest.assets.empty();
    closest.assets.resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        const U256 beyond = saturating_sub(asset(end, a), asset(held, a));
        if (first || beyond < closest.assets[a]) closest.assets[a] = beyond;
    }
    return per_asset || per_run;
}

/// The violated verdict's excess: beyond the closest run in each asset, and, under the
/// per-asset rule, no more than the gain beyond the best run's gain in it.
void set_excess(ProfitVerdict& v, bool per_asset, const Holdings& closest) {
    v.violated = true;
    v.beats_each_run = !per_asset;
    v.excess = closest;
    if (per_asset)
        for (std::size_t a = 0; a < v.excess.assets.size(); ++a)
            v.excess.assets[a] = std::min(v.excess.assets[a],
                                          saturating_sub(asset(v.gain, a), asset(v.baseline, a)));
}

} // namespace

bool ProfitVerdict::dust() const {
    constexpr std::uint64_t parts = 1000000; // the gain's millionth
    bool any = false;
    for (std::size_t a = 0; a < excess.assets.size(); ++a) {
        const U256& x = excess.assets[a];
        if (x.is_zero()) continue;
        any = true;
        // x * parts < gain; parts < 2^20, so x below 2^236 cannot overflow
        if (vm::bit_length(x) > 236 || !(x * U256{parts} < asset(gain, a))) return false;
    }
    return violated && any;
}

ProfitVerdict judge_profit(const TxStep& step, const std::vector<TxStep>& calls,
                           const Holdings& start, const Holdings& end, const RunCalls& run,
                           bool others_paid) {
    ProfitVerdict out;
    out.gain = gain_of(start, end);
    out.baseline.assets.assign(out.gain.assets.size(), U256{});
    const bool choices = std::any_of(step.choices.begin(), step.choices.end(),
                                     [](const Choice& c) { return !c.is_default(); });
    // Without choices the transaction is its own baseline: honest use of the system.
    if (!out.gain.exceeds_somewhere(out.baseline) || !choices || calls.empty()) return out;
    bool per_asset = true, per_run = true;
    Holdings closest;
    bool reverted_in_all = true; // the step itself, in every run
    for (const SequentialOrder& order : sequential_orders(calls)) {
        ++out.runs;
        const SequentialRun r = run(order.calls);
        reverted_in_all &= reverted_at(r, order.outer);
        if (!ahead_of(out, start, end, r.adversary, per_asset, per_run, closest)) return out;
    }
    out.needs_callbacks = reverted_in_all;
    if (out.needs_callbacks && !others_paid) return out; // paid from its callbacks
    set_excess(out, per_asset, closest);
    return out;
}

ProfitVerdict judge_sequence_profit(const std::vector<std::vector<TxStep>>& calls,
                                    const Holdings& start, const Holdings& end,
                                    const RunGroups& run, bool others_paid) {
    ProfitVerdict out;
    out.gain = gain_of(start, end);
    out.baseline.assets.assign(out.gain.assets.size(), U256{});
    if (!out.gain.exceeds_somewhere(out.baseline)) return out;
    std::vector<std::vector<SequentialOrder>> orders; // per transaction, its orders
    std::size_t combinations = 1;
    bool reentered = false;
    for (const std::vector<TxStep>& c : calls) {
        orders.push_back(sequential_orders(c));
        if (orders.back().empty()) {
            out.unjudged = "a transaction of the attack has no run without callbacks";
            return out;
        }
        reentered |= c.size() > 1;
        combinations *= orders.back().size();
        if (combinations > max_sequence_runs) {
            out.unjudged = fmt::format("the sequence has more than {} runs without callbacks to "
                                       "compare the gain with",
                                       max_sequence_runs);
            return out;
        }
    }
    if (!reentered) return out; // the sequence is its own baseline: honest use
    // Every combination of one order per transaction, as an odometer over `pick`.
    std::vector<std::size_t> pick(orders.size(), 0);
    bool per_asset = true, per_run = true;
    Holdings closest;
    std::vector<bool> always_reverted(orders.size(), true); // per transaction
    for (std::size_t n = 0; n < combinations; ++n) {
        std::vector<std::vector<TxStep>> groups;
        std::vector<std::size_t> outer_at; // per transaction, its position in the whole run
        std::size_t sent = 0;
        for (std::size_t i = 0; i < orders.size(); ++i) {
            const SequentialOrder& o = orders[i][pick[i]];
            groups.push_back(o.calls);
            outer_at.push_back(sent + o.outer);
            sent += o.calls.size();
        }
        ++out.runs;
        const SequentialRun r = run(groups);
        for (std::size_t i = 0; i < orders.size(); ++i) // a transaction without re-entry
            always_reverted[i] = always_reverted[i] && calls[i].size() > 1 && // needs none
                                 reverted_at(r, outer_at[i]);
        if (!ahead_of(out, start, end, r.adversary, per_asset, per_run, closest)) return out;
        for (std::size_t i = 0; i < pick.size() && ++pick[i] == orders[i].size(); ++i)
            pick[i] = 0;
    }
    out.needs_callbacks =
        std::find(always_reverted.begin(), always_reverted.end(), true) != always_reverted.end();
    if (out.needs_callbacks && !others_paid) return out; // paid from its callbacks
    set_excess(out, per_asset, closest);
    return out;
}

// ---- the per-transaction properties --------------------------------------------------------

StaticCall static_call_on(vm::State& state, const Accounts& accounts, BlockSource block) {
    return make_static_call(state, std::move(block), [&accounts](vm::Executor& exec) {
        for (const auto& [name, token] : accounts.tokens) // no hooks: a static call moves nothing
            exec.bind_native(token, token_handler([](const vm::Address&) { return false; }));
    });
}

namespace {

/// The context an annotation of target `ti` is evaluated in, on `state`.
EvalContext context_of(const Program& p, const Accounts& a, vm::State& state, std::size_t ti,
                       const StaticCall* call) {
    EvalContext c;
    c.state = &state;
    c.target = &p.targets()[ti];
    c.model = &p.model();
    c.self = a.contracts[ti].second;
    c.keys = &a.known;
    c.static_call = call;
    return c;
}

std::uint32_t selector_of(vm::BytesView input) {
    return (std::uint32_t{input[0]} << 24) | (std::uint32_t{input[1]} << 16) |
           (std::uint32_t{input[2]} << 8) | input[3];
}

} // namespace

/// Evaluates `#if_succeeds` at the exit of every successful call of an annotated function,
/// with `old(e)` captured at its entry.
class PropertyMonitor::PostTracer : public vm::Tracer {
public:
    PostTracer(const Program& p, const Accounts& a, vm::State& s,
               const std::vector<Property>& props, BlockSource block)
        : m_p(p), m_a(a), m_s(s), m_call(static_call_on(s, a, std::move(block))) {
        for (std::size_t i = 0; i < props.size(); ++i)
            if (props[i].kind == PropertyKind::if_succeeds)
                m_by_fn[props[i].function].push_back({i, &props[i]});
    }
    bool active() const { return !m_by_fn.empty(); }
    void reset() {
        failed.clear();
        m_stack.clear();
    }
    void on_call_enter(const vm::Message& msg) override {
        m_stack.emplace_back();
        if (msg.kind != vm::CallKind::Call || msg.input.size() < 4) return;
        const std::uint32_t sel = selector_of(msg.input);
        for (std::size_t ti = 0; ti < m_p.targets().size(); ++ti) {
            if (m_a.contracts[ti].second != msg.recipient) continue;
            for (const check::FunctionInfo* f : m_p.targets()[ti].info->external_functions)
                if (f->selector == sel && m_by_fn.contains(f)) enter(ti, f, msg);
        }
    }
    void on_call_exit(const vm::Message&, const vm::Result& r) override {
        if (m_stack.empty()) return;
        Frame fr = std::move(m_stack.back());
        m_stack.pop_back();
        if (!r.success() || fr.props.empty()) return;
        for (std::size_t i = 0; i + 32 <= r.output.size(); i += 32)
            fr.ctx.returns.push_back(vm::load_be(r.output.data() + i));
        fr.ctx.olds = &fr.olds;
        for (const auto& [index, pr] : fr.props) {
            auto v = evaluate(pr->annotation->condition, fr.ctx);
            if (v && v->is_zero() && std::find(failed.begin(), failed.end(), index) == failed.end())
                failed.push_back(index);
        }
    }
    std::vector<std::size_t> failed; ///< property indices whose postcondition failed

private:
    struct Frame {
        std::vector<std::pair<std::size_t, const Property*>> props;
        std::map<lang::ast::NodeId, U256> olds;
        EvalContext ctx;
    };
    void enter(std::size_t ti, const check::FunctionInfo* f, const vm::Message& msg) {
        Frame& fr = m_stack.back();
        fr.props = m_by_fn[f];
        fr.ctx = context_of(m_p, m_a, m_s, ti, &m_call);
        fr.ctx.self = msg.recipient;
        fr.ctx.sender = msg.sender;
        fr.ctx.value = msg.value;
        fr.ctx.function = f;
        for (std::size_t i = 0; i < f->parameters.size() && 4 + 32 * (i + 1) <= msg.input.size();
             ++i)
            fr.ctx.params.push_back(vm::load_be(msg.input.data() + 4 + 32 * i));
        for (const auto& [index, pr] : fr.props)
            capture_olds(pr->annotation->condition, fr.ctx, fr.olds);
    }
    const Program& m_p;
    const Accounts& m_a;
    vm::State& m_s;
    StaticCall m_call;
    std::map<const check::FunctionInfo*, std::vector<std::pair<std::size_t, const Property*>>>
        m_by_fn;
    std::vector<Frame> m_stack;
};

PropertyMonitor::PropertyMonitor(const Program& program, const Accounts& accounts, vm::State& state,
                                 const std::vector<Property>& properties, BlockSource block)
    : m_program(program), m_accounts(accounts), m_state(state), m_properties(properties),
      m_static_call(static_call_on(state, accounts, block)),
      m_post(std::make_unique<PostTracer>(program, accounts, state, properties, block)) {}

PropertyMonitor::~PropertyMonitor() = default;

vm::Tracer* PropertyMonitor::tracer() {
    return m_post->active() ? m_post.get() : nullptr;
}

void PropertyMonitor::begin_transaction() {
    m_post->reset();
    m_broken_now.clear();
    m_observed.clear();
}

void PropertyMonitor::at_callback(const vm::Message& msg) {
    m_broken_now.clear();
    for (std::size_t i = 0; i < m_properties.size(); ++i) {
        const Property& pr = m_properties[i];
        if (pr.kind != PropertyKind::invariant_at_call) continue;
        if (m_accounts.contracts[pr.target].second != msg.sender) continue;
        if (!holds(pr)) m_broken_now.push_back(i);
    }
}

void PropertyMonitor::after_reentry(const CallSpec& call, const vm::Result& result) {
    if (!result.success() || m_broken_now.empty() || is_view_call(m_program, call)) return;
    for (std::size_t i : m_broken_now)
        if (std::find(m_observed.begin(), m_observed.end(), i) == m_observed.end())
            m_observed.push_back(i);
}

bool PropertyMonitor::holds(const Property& pr) const {
    const auto v = evaluate(pr.annotation->condition,
                            context_of(m_program, m_accounts, m_state, pr.target, &m_static_call));
    return !v || !v->is_zero();
}

bool PropertyMonitor::violated_after(std::size_t i) const {
    const Property& pr = m_properties[i];
    const auto seen = [](const std::vector<std::size_t>& v, std::size_t x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    switch (pr.kind) {
    case PropertyKind::invariant:
        return !holds(pr);
    case PropertyKind::invariant_at_call:
        return seen(m_observed, i);
    case PropertyKind::if_succeeds:
        return seen(m_post->failed, i);
    case PropertyKind::callback_freedom: // sequence properties: judge_callback_freedom
    case PropertyKind::adversary_profit: // and judge_profit
        return false;
    }
    return false;
}

std::vector<std::string> PropertyMonitor::broken_invariants() const {
    std::vector<std::string> out;
    for (const Property& pr : m_properties)
        if (pr.kind == PropertyKind::invariant && !holds(pr)) out.push_back(pr.name(m_program));
    return out;
}

namespace {

/// The tokens whose units are value: every token the world placed but the adversary's own
/// (it can mint those, so holding more of them is no gain and giving them away no loss).
std::vector<std::pair<std::string, vm::Address>> valued_tokens(const Accounts& accounts) {
    std::vector<std::pair<std::string, vm::Address>> out;
    for (const auto& t : accounts.tokens)
        if (!accounts.is_own_token(t.second)) out.push_back(t);
    return out;
}

/// How many of the first ids the owner ledger `l` names `a` the owner of.
vm::U256 items_owned(vm::State& state, const Accounts::OwnLedger& l, const vm::Address& a) {
    const vm::U256 owner = a.to_word();
    std::uint64_t n = 0;
    for (const vm::U256& slot : l.owner_slots)
        n += state.peek_storage(l.token, slot) == owner ? 1 : 0;
    return vm::U256{n};
}

/// Adds what `a` holds of each asset (ether, then each valued token) to `h`.
void add_holdings(vm::State& state, const Accounts& accounts, Holdings& h, const vm::Address& a) {
    // No valued_tokens copy: the explorer asks after every transaction.
    const std::size_t own = accounts.is_token(accounts.own_token) ? 1 : 0;
    h.assets.resize(accounts.tokens.size() + 1 - own + accounts.ledgers.size());
    h.assets[0] = h.assets[0] + state.balance(a);
    const Accounts::PartySlots* slots = accounts.slots_of(a);
    std::size_t k = 1;
    for (const auto& [name, token] : accounts.tokens)
        if (token != accounts.own_token || !own) {
            const vm::U256 slot = slots ? slots->token : token_balance_slot(a);
            h.assets[k] = h.assets[k] + state.peek_storage(token, slot);
            ++k;
        }
    for (std::size_t i = 0; i < accounts.ledgers.size(); ++i) {
        const Accounts::OwnLedger& l = accounts.ledgers[i];
        if (l.keying == Accounts::OwnLedger::Keying::owners) {
            h.assets[k] = h.assets[k] + items_owned(state, l, a);
        } else {
            const vm::U256 slot = slots ? slots->ledgers[i] : l.entry_slot(a);
            h.assets[k] = h.assets[k] + state.peek_storage(l.token, slot);
        }
        ++k;
    }
}

} // namespace

Holdings adversary_holdings_of(vm::State& state, const Accounts& accounts) {
    Holdings h;
    for (const vm::Address& a : adversary_accounts(accounts))
        add_holdings(state, accounts, h, a);
    add_holdings(state, accounts, h, accounts.adversary_owner);
    return h;
}

Ledger ledger_of(vm::State& state, const Accounts& accounts) {
    Ledger l;
    l.assets.push_back("ether");
    for (const auto& [name, token] : valued_tokens(accounts))
        l.assets.push_back(name);
    for (const Accounts::OwnLedger& own : accounts.ledgers)
        l.assets.push_back(own.name);
    l.adversary = adversary_holdings_of(state, accounts);
    add_holdings(state, accounts, l.honest, accounts.deployer);
    for (const auto& [name, a] : accounts.users)
        add_holdings(state, accounts, l.honest, a);
    l.system.assets.resize(l.assets.size());
    for (const auto& [name, a] : accounts.contracts)
        add_holdings(state, accounts, l.system, a);
    return l;
}

} // namespace mallory::analyzer
