#include "analyzer/callback_proof.hpp"

#include "analyzer/facts.hpp"
#include "analyzer/symbolic_executor.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using Clock = std::chrono::steady_clock;
using Var = const check::VariableInfo*;

/// What a set of effects touches in storage (ether balances as one more location).
struct Access {
    std::set<Var> reads, writes;
    bool reads_balance = false;
    bool moves_ether = false; ///< receives ether (payable) or sends it
    bool sends_ether = false; ///< makes a call that may carry value

    void add(const Access& o) {
        reads.insert(o.reads.begin(), o.reads.end());
        writes.insert(o.writes.begin(), o.writes.end());
        reads_balance |= o.reads_balance;
        moves_ether |= o.moves_ether;
        sends_ether |= o.sends_ether;
    }
};

/// A call that hands control to code that may change state (not a 2300-gas transfer/send,
/// not a static call: those cannot write storage).
bool may_reenter(const Effect& e) {
    return e.kind == Effect::call && !e.stipend && !e.view_call &&
           e.call_kind != CallSiteKind::static_call;
}

/// What `f` touches from effect `from` on; with `after`, only what a run through `after`
/// can reach (not the other side of an `if` it is under).
Access access_of(const FunctionFacts& f, std::size_t from, const Effect* after = nullptr) {
    Access a;
    a.moves_ether = f.function->mutability == ast::Mutability::payable;
    for (std::size_t i = from; i < f.effects.size(); ++i) {
        const Effect& e = f.effects[i];
        if (after && after->excludes(e)) continue;
        if (e.kind == Effect::call && e.call_kind != CallSiteKind::static_call)
            a.moves_ether = a.sends_ether = true;
        if (e.balance) a.reads_balance = true;
        if (!e.var) continue;
        (e.kind == Effect::write ? a.writes : a.reads).insert(e.var);
    }
    return a;
}

bool makes_calls(const FunctionFacts& f) {
    return std::any_of(f.effects.begin(), f.effects.end(),
                       [](const Effect& e) { return e.kind == Effect::call; });
}

std::string where(const Program& p, lang::Span span) {
    if (span.file >= p.sources().size()) return "?";
    const lang::SourceFile& f = p.sources().file(span.file);
    return fmt::format("{}:{}", f.path(), f.line_col(span.begin).line);
}

std::string label(const FunctionFacts& f) {
    return fmt::format("{}.{}", f.target->name(),
                       f.function->function_kind == ast::FunctionKind::receive ? "receive"
                       : f.function->function_kind == ast::FunctionKind::fallback
                           ? "fallback"
                           : f.function->name);
}

/// The functions of one instance that are blocked at one call site, and what their guards read.
struct Blocked {
    std::set<const FunctionFacts*> functions;
    std::set<Var> guard_reads;
};

/// Runs `f` symbolically from an arbitrary state and decides, at each of its external calls,
/// which re-enterable functions of its instance have an unsatisfiable entry guard (the mutex).
/// Keyed by the call's span; a span reached twice keeps only what is blocked both times.
/// Empty when the executor does not model `f` (then nothing counts as blocked).
class MutexAnalysis {
public:
    MutexAnalysis(const Program& p, const Facts& facts, Clock::time_point deadline)
        : m_program(p), m_facts(facts), m_deadline(deadline) {}

    std::map<std::pair<std::uint32_t, std::uint32_t>, Blocked> run(const FunctionFacts& f) {
        m_sites.clear();
        try {
            z3::context ctx;
            sym::Env env(ctx, m_program, *f.target);
            env.facts.push_back(sym::in_range(env.self, env.max_value(160)));
            sym::State s = arbitrary_state(env, *f.target);
            const bool payable = f.function->mutability == ast::Mutability::payable;
            const z3::expr value = payable ? env.fresh("msg.value") : env.word(0);
            env.facts.push_back(*s.balance + value <= env.max_value(sym::word_bits));
            s.balance = *s.balance + value;
            sym::Executor ex(
                env, std::move(s),
                [this, &f](sym::Executor& x, const sym::CallSite& c) { return at_call(x, c, f); });
            const z3::expr sender = env.fresh("msg.sender");
            env.facts.push_back(sym::in_range(sender, env.max_value(160)));
            ex.run_external(*f.function, sender, value);
        } catch (const sym::Unsupported&) {
            m_sites.clear();
        } catch (const z3::exception&) {
            m_sites.clear();
        }
        return m_sites;
    }

private:
    static sym::State arbitrary_state(sym::Env& env, const Target& t) {
        sym::State s;
        auto add = [&](Var v) { s.vars.insert_or_assign(v, env.fresh_of(v->name, *v->type)); };
        for (Var v : t.info->storage_variables)
            add(v);
        for (Var v : t.info->immutable_variables)
            add(v);
        // Transient variables (a `bool transient locked` guard) are locations like storage
        // within a transaction, and every call and callback of the argument runs in one
        // transaction (the callback-free order is the same calls made one after the other by
        // the adversary's contract). Any value covers the zero a transaction starts with.
        for (Var v : t.info->transient_variables)
            add(v);
        s.balance = env.fresh("balance");
        return s;
    }

    /// A call that cannot re-enter as far as the state at later calls matters: a later call is
    /// covered only when the earlier calls' callbacks are inert (earlier_callback_reopens).
    static z3::expr plain(sym::Executor& x, const sym::CallSite&) {
        return x.env().fresh_bool("ok");
    }

    z3::expr at_call(sym::Executor& x, const sym::CallSite& site, const FunctionFacts& f) {
        sym::Env& env = x.env();
        const z3::expr reached = x.guard();
        Blocked b;
        for (const FunctionFacts& g : m_facts.functions()) {
            if (g.target != f.target) continue; // views too: a locked view reads nothing
            sym::Executor gx(env, x.state(), plain);
            std::set<Var> reads;
            z3::expr entry = gx.entry_guard(*g.function, &reads);
            // The callback is the adversary's: its caller is not the honest deployer.
            for (Var v : m_facts.deployer_held())
                if (auto it = gx.state().vars.find(v); it != gx.state().vars.end())
                    entry = entry && gx.guard_sender() != it->second;
            if (!unsatisfiable(env, reached && entry)) continue;
            b.functions.insert(&g);
            b.guard_reads.insert(reads.begin(), reads.end());
        }
        const auto key = std::make_pair(site.span.file, site.span.begin);
        auto [it, fresh] = m_sites.try_emplace(key, b);
        if (!fresh) {
            std::set<const FunctionFacts*> both;
            for (const FunctionFacts* g : it->second.functions)
                if (b.functions.contains(g)) both.insert(g);
            it->second.functions = std::move(both);
            it->second.guard_reads.insert(b.guard_reads.begin(), b.guard_reads.end());
        }
        return env.fresh_bool("ok");
    }

    bool unsatisfiable(sym::Env& env, const z3::expr& e) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now())
                .count();
        if (left <= 0) return false;
        z3::solver s(env.ctx);
        z3::params p(env.ctx);
        p.set("timeout", static_cast<unsigned>(std::min<long long>(left, 2000)));
        s.set(p);
        for (int i = 0; i < static_cast<int>(env.facts.size()); ++i)
            s.add(env.facts[i]);
        s.add(e);
        return s.check() == z3::unsat; // unknown: it may run
    }

    const Program& m_program;
    const Facts& m_facts;
    Clock::time_point m_deadline;
    std::map<std::pair<std::uint32_t, std::uint32_t>, Blocked> m_sites;
};

/// The callback-freedom argument over the whole system (see the header).
class Prover {
public:
    Prover(const Program& p, Clock::time_point deadline)
        : m_program(p), m_facts(p), m_mutex(p, m_facts, deadline), m_deadline(deadline) {}

    ProofResult run() {
        for (const FunctionFacts& f : m_facts.functions()) {
            if (f.is_view) continue;
            if (!f.incomplete.empty())
                return unknown(fmt::format("{}: {}", label(f), f.incomplete));
            for (std::size_t i = 0; i < f.effects.size(); ++i) {
                if (Clock::now() >= m_deadline) return unknown("timeout");
                if (auto why = site(f, i)) return unknown(*why);
                m_sites += may_reenter(f.effects[i]);
            }
        }
        return {PropertyStatus::proved,
                m_sites == 0 ? "no function of the system makes an external call that can re-enter"
                             : fmt::format("each of the system's {} external call{} that can "
                                           "re-enter is closed by a mutex or followed by nothing a "
                                           "callback can observe or change",
                                           m_sites, m_sites == 1 ? "" : "s"),
                std::nullopt};
    }

private:
    static ProofResult unknown(std::string why) {
        return {PropertyStatus::unknown, std::move(why), std::nullopt};
    }

    /// Why the call at effect `i` of `f` is not covered; nullopt when it is (or is no call).
    std::optional<std::string> site(const FunctionFacts& f, std::size_t i) {
        const Effect& call = f.effects[i];
        if (call.kind == Effect::call && call.call_kind == CallSiteKind::delegate_call)
            return fmt::format("{} makes a delegatecall at {}: the code it runs may write any "
                               "storage",
                               label(f), where(m_program, call.span));
        // A later call that cannot re-enter still runs code: a view's answer (an oracle's
        // price) may be what an earlier callback changed, which no order without it gives.
        if (call.kind == Effect::call && !call.stipend)
            if (auto why = earlier_callback_reopens(f, i)) return why;
        if (!may_reenter(call)) return std::nullopt;
        const Access q = access_of(f, i + 1, &call);
        if (q.reads.empty() && q.writes.empty() && !q.reads_balance && !q.sends_ether)
            return std::nullopt;
        if (call.trusted && !q.writes.empty())
            return fmt::format("{} writes storage after its call into system code at {}, whose "
                               "result may depend on a callback",
                               label(f), where(m_program, call.span));
        return conflict(f, i);
    }

    /// Why a callback of an earlier call of `f` may matter at the call at effect `k`; nullopt
    /// when every earlier callback is inert: it writes nothing and moves no ether (every
    /// function that writes is closed by a mutex), so the state at `k` is the one the symbolic
    /// run that finds the mutex closed computes (it lets earlier calls return without a
    /// callback), and the callback can be dropped from any order. A callback that writes would
    /// have to commute with the later call's own execution, which may be system code.
    std::optional<std::string> earlier_callback_reopens(const FunctionFacts& f, std::size_t k) {
        const Effect& later = f.effects[k];
        for (std::size_t j = 0; j < k; ++j) {
            const Effect& earlier = f.effects[j];
            if (!may_reenter(earlier) || earlier.excludes(later)) continue;
            const Access e = callback(f, earlier);
            if (e.moves_ether || !e.writes.empty())
                return fmt::format("{} makes a second external call at {} after the one at {}",
                                   label(f), where(m_program, later.span),
                                   where(m_program, earlier.span));
        }
        return std::nullopt;
    }

    /// The functions of `f`'s instance a mutex closes during the call `call` of `f`.
    Blocked blocked_at(const FunctionFacts& f, const Effect& call) {
        auto& sites = m_blocked.try_emplace(&f).first->second;
        if (!m_analysed.contains(&f)) {
            sites = m_mutex.run(f);
            m_analysed.insert(&f);
        }
        if (auto it = sites.find({call.span.file, call.span.begin}); it != sites.end())
            return it->second;
        return {};
    }

    /// The functions open during the call at `call` of `f` (not blocked by a mutex, or
    /// unlocked by an open one), and what they (and, when they call out, the views) touch.
    Access callback(const FunctionFacts& f, const Effect& call) {
        const Blocked blocked = blocked_at(f, call);
        Access e;
        bool calls = false;
        std::set<std::string> called; // the names the open functions call
        const auto open = [&](const FunctionFacts& g) {
            e.add(access_of(g, 0));
            calls |= makes_calls(g);
            for (const Effect& x : g.effects)
                if (x.kind == Effect::call && x.callee) called.insert(x.callee->name);
        };
        for (const FunctionFacts& g : m_facts.functions())
            if (!g.is_view && !blocked.functions.contains(&g)) open(g);
        const bool unlocks = std::any_of(blocked.guard_reads.begin(), blocked.guard_reads.end(),
                                         [&](Var v) { return e.writes.contains(v); });
        if (unlocks)
            for (const FunctionFacts* g : blocked.functions)
                if (!g->is_view) open(*g); // the views below, with the other views
        if (calls) { // a nested callee may read any open view of the system and act on it
            for (const FunctionFacts& g : m_facts.functions())
                if (g.is_view && (unlocks || !blocked.functions.contains(&g)))
                    e.add(access_of(g, 0));
            // The getters of public state variables are views too, and no guard closes them:
            // each one an open function calls by name (a lender reading `vault.balanceOf(user)`
            // while the vault pays before it debits).
            for (const Target& t : m_program.targets())
                for (const check::VariableInfo* v : t.info->storage_variables)
                    if (v->visibility == ast::Visibility::public_ && called.contains(v->name))
                        e.reads.insert(v);
        }
        return e;
    }

    /// The first effect of Q (after effect `i` of `f`) that the callback can observe or change.
    std::optional<std::string> conflict(const FunctionFacts& f, std::size_t i) {
        const Effect& call = f.effects[i];
        const Access e = callback(f, call);
        const std::string at = where(m_program, call.span);
        // Ether Q sends leaves a balance a callback reads, and whether it can be sent depends
        // on the ether a callback moves: either way the order shows.
        if ((e.reads_balance || e.moves_ether) && access_of(f, i + 1, &call).sends_ether)
            return fmt::format("{} sends ether after the external call at {}, and a function "
                               "open during that call {} a balance",
                               label(f), at, e.reads_balance ? "reads" : "changes");
        for (std::size_t k = i + 1; k < f.effects.size(); ++k) {
            const Effect& x = f.effects[k];
            if (call.excludes(x)) continue;
            if (x.balance && e.moves_ether)
                return fmt::format("{} reads a balance at {} after the external call at {}, and "
                                   "a callback can move ether",
                                   label(f), where(m_program, x.span), at);
            if (!x.var) continue;
            const bool write = x.kind == Effect::write;
            if (write ? e.reads.contains(x.var) || e.writes.contains(x.var)
                      : e.writes.contains(x.var))
                return fmt::format("{} {} `{}` at {} after the external call at {}, and a "
                                   "function open during that call {} it",
                                   label(f), write ? "writes" : "reads", x.var->name,
                                   where(m_program, x.span), at, write ? "uses" : "writes");
        }
        return std::nullopt;
    }

    const Program& m_program;
    Facts m_facts;
    MutexAnalysis m_mutex;
    Clock::time_point m_deadline;
    std::map<const FunctionFacts*, std::map<std::pair<std::uint32_t, std::uint32_t>, Blocked>>
        m_blocked;
    std::set<const FunctionFacts*> m_analysed;
    std::size_t m_sites = 0; ///< re-entry points covered
};

} // namespace

ProofResult prove_callback_freedom(const Program& program, Clock::time_point deadline) {
    try {
        return Prover(program, deadline).run();
    } catch (const z3::exception& e) {
        return {PropertyStatus::unknown, std::string("z3: ") + e.msg(), std::nullopt};
    }
}

ProofResult adversary_profit_from(const ProofResult& callback_freedom) {
    if (callback_freedom.status == PropertyStatus::proved)
        return {PropertyStatus::proved,
                "callback-freedom is proved: every re-entrant execution ends where a callback-free "
                "order of the same calls ends, so re-entry gains the adversary nothing",
                std::nullopt};
    return {PropertyStatus::unknown,
            "follows from callback-freedom, which is not proved: " + callback_freedom.reason,
            std::nullopt};
}

} // namespace mallory::analyzer
