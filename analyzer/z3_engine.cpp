#include "analyzer/z3_engine.hpp"

#include "analyzer/ast_util.hpp"
#include "analyzer/callback_proof.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/symbolic_executor.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fmt/format.h>
#include <optional>
#include <set>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;
using Clock = std::chrono::steady_clock;
using sym::Env;
using sym::Executor;
using sym::State;

/// A point where invariants are owed: `guard` implies them on `state`.
struct Obligation {
    z3::expr guard;
    State state;
    std::string function; ///< "" for the constructor
    std::string where;
    bool at_call = false;
};

/// What re-entry may do: per callable function, its write set and whether it moves ether.
struct Callable {
    const check::FunctionInfo* function = nullptr;
    std::set<const check::VariableInfo*> writes;
    bool moves_ether = false;
};

/// The mappings `sum()` reads anywhere in `e`.
void summed_mappings(const ast::Expression& raw, const Target& t,
                     std::set<const check::VariableInfo*>& out) {
    const ast::Expression& e = strip(raw);
    astutil::visit(e, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Call>) {
            const auto* id = as<ast::Identifier>(strip(n.callee));
            if (id && id->name == "sum" && n.arguments.size() == 1)
                if (const auto* m = as<ast::Identifier>(strip(n.arguments[0])))
                    for (const check::VariableInfo* v : t.info->storage_variables)
                        // Only mappings of values: a nested mapping's sum is not tracked, and
                        // its sum() is then unsupported (no ghost).
                        if (v->name == m->name && v->type->kind == check::TypeKind::mapping &&
                            sym::modelled_value(*v->type->element))
                            out.insert(v);
            for (const auto& a : n.arguments)
                summed_mappings(a, t, out);
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
            summed_mappings(n.lhs, t, out);
            summed_mappings(n.rhs, t, out);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
            summed_mappings(n.operand, t, out);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
            summed_mappings(n.condition, t, out);
            summed_mappings(n.when_true, t, out);
            summed_mappings(n.when_false, t, out);
        }
    });
}

/// One proof attempt of all invariants of one target (one Houdini run).
class Prover {
public:
    Prover(const Program& p, std::size_t target, Clock::time_point deadline, bool abstract)
        : m_program(p), m_target(p.targets()[target]), m_deadline(deadline), m_abstract(abstract) {
        for (const check::ContractInfo* c : m_target.info->linearization)
            for (const ast::Annotation& a : c->ast->annotations)
                if (a.kind == ast::AnnotationKind::invariant) m_invariants.push_back(&a);
        const Facts facts(p);
        for (const FunctionFacts& ff : facts.functions()) {
            if (ff.target != &m_target || ff.is_view) continue;
            Callable c;
            c.function = ff.function;
            c.moves_ether = ff.function->mutability == ast::Mutability::payable;
            for (const Effect& e : ff.effects) {
                if (e.kind == Effect::write && e.var) c.writes.insert(e.var);
                if (e.kind == Effect::call) c.moves_ether = true;
            }
            m_callables.push_back(std::move(c));
        }
    }

    /// Per invariant: the reason it is not proved, or absent when proved.
    std::map<const ast::Annotation*, std::string> run() {
        for (;;) {
            std::size_t before = m_failed.size();
            check_all();
            if (m_failed.size() == before) break;
        }
        return m_failed;
    }
    const std::vector<const ast::Annotation*>& invariants() const { return m_invariants; }

private:
    std::vector<const ast::Annotation*> candidates() const {
        std::vector<const ast::Annotation*> out;
        for (const ast::Annotation* a : m_invariants)
            if (!m_failed.contains(a)) out.push_back(a);
        return out;
    }

    void prepare(Env& env) {
        env.abstract_arith = m_abstract;
        for (const ast::Annotation* a : m_invariants)
            summed_mappings(a->condition, m_target, env.summed);
        env.facts.push_back(sym::in_range(env.self, env.max_value(160)));
    }

    z3::expr address(Env& env, const char* name) {
        z3::expr a = env.fresh(name);
        env.facts.push_back(a <= env.max_value(160));
        return a;
    }

    /// Runs the constructor in `env`; returns its obligation (the state it leaves) and sets
    /// env.immutables afterwards.
    Obligation constructor(Env& env) {
        State s;
        for (const check::VariableInfo* v : m_target.info->storage_variables) {
            const z3::expr zero = env.zero_of(*v->type);
            s.vars.insert_or_assign(v, zero);
            if (env.summed.contains(v)) {
                const z3::expr sum = env.word(0);
                s.sums.insert_or_assign(v, sum);
                env.add_sum_base(v, zero, sum);
            }
        }
        for (const check::VariableInfo* v : m_target.info->immutable_variables)
            s.vars.insert_or_assign(v, env.word(0));
        const check::FunctionInfo* ctor = m_target.info->constructor;
        const bool payable = ctor && ctor->mutability == ast::Mutability::payable;
        const z3::expr value = payable ? env.fresh("ctor_value") : env.word(0);
        const z3::expr pre = env.fresh("pre_balance");
        env.facts.push_back(pre + value <= env.max_value(sym::word_bits));
        s.balance = pre + value;
        std::vector<z3::expr> args;
        if (ctor) {
            for (std::size_t i = 0; i < ctor->parameters.size(); ++i) {
                const check::VariableInfo* p = ctor->parameters[i];
                auto max = sym::type_max(env, *p->type);
                if (!max)
                    throw sym::Unsupported{fmt::format("a constructor parameter of type {} at {}",
                                                       check::to_string(*p->type),
                                                       env.where(p->span))};
                if (m_target.ctor_args && i < m_target.ctor_args->size()) {
                    args.push_back(env.word((*m_target.ctor_args)[i]));
                } else {
                    z3::expr a = env.fresh("ctor_" + p->name);
                    env.facts.push_back(a <= *max);
                    args.push_back(a);
                }
            }
        }
        // No re-entry during construction: the contract has no code yet.
        Executor ex(env, std::move(s),
                    [](Executor& x, const sym::CallSite& site) { return plain_call(x, site); });
        ex.run_constructor(args, address(env, "deployer"), value);
        Obligation o{ex.guard(), ex.state(), "", env.where(m_target.info->span), false};
        for (const check::VariableInfo* v : m_target.info->immutable_variables)
            env.immutables.insert_or_assign(v, ex.state().vars.at(v));
        env.facts.push_back(ex.guard()); // the deployment succeeded
        return o;
    }

    /// A call that cannot re-enter: fresh success flag, the value leaves on success.
    static z3::expr plain_call(Executor& ex, const sym::CallSite& site) {
        Env& env = ex.env();
        const z3::expr ok = env.fresh_bool("ok");
        if (site.kind == sym::CallSite::static_call || !site.value) return ok;
        const z3::expr b = *ex.state().balance;
        env.facts.push_back(z3::implies(ok, *site.value <= b));
        ex.set_balance(z3::ite(ok, b - *site.value, b));
        return ok;
    }

    void assume_invariants(Env& env, const State& s, const z3::expr& when) {
        for (const ast::Annotation* a : candidates()) {
            auto [v, d] = Executor::spec(env, s, a->condition);
            env.facts.push_back(z3::implies(when, v && d));
        }
    }

    z3::expr reentrant_call(Executor& ex, const sym::CallSite& site,
                            std::vector<Obligation>& obligations) {
        if (site.kind != sym::CallSite::may_reenter) return plain_call(ex, site);
        Env& env = ex.env();
        const z3::expr value = site.value ? *site.value : env.word(0);
        const z3::expr b = *ex.state().balance;
        const z3::expr proceed = value <= b;
        State seen = ex.state();
        seen.balance = b - value;
        const z3::expr g = ex.guard() && proceed;
        // Which functions can run if re-entered?
        std::vector<const Callable*> open, blocked;
        std::set<const check::VariableInfo*> guard_reads;
        for (const Callable& c : m_callables) {
            std::set<const check::VariableInfo*> reads;
            Executor gx(env, seen,
                        [](Executor& x, const sym::CallSite& s) { return plain_call(x, s); });
            const z3::expr entry = gx.entry_guard(*c.function, &reads);
            if (satisfiable(env, g && entry)) {
                open.push_back(&c);
            } else {
                blocked.push_back(&c);
                guard_reads.insert(reads.begin(), reads.end());
            }
        }
        bool unlocks = false; // an open function may open a blocked one
        for (const Callable* c : open)
            for (const check::VariableInfo* v : c->writes)
                unlocks |= guard_reads.contains(v);
        if (unlocks) open.insert(open.end(), blocked.begin(), blocked.end());
        const z3::expr ok = env.fresh_bool("ok");
        env.facts.push_back(z3::implies(ok, proceed));
        if (open.empty()) {
            ex.set_balance(z3::ite(ok, b - value, b));
            return ok;
        }
        const std::string fn = ex.function() ? ex.function()->name : "constructor";
        obligations.push_back(Obligation{g, seen, fn, env.where(site.span), true});
        ex.set_balance(z3::ite(ok, b - value, b));
        bool ether = false;
        std::set<const check::VariableInfo*> writes;
        for (const Callable* c : open) {
            writes.insert(c->writes.begin(), c->writes.end());
            ether |= c->moves_ether;
        }
        for (const check::VariableInfo* v : m_target.info->storage_variables)
            if (writes.contains(v)) ex.havoc(v, "reentry", proceed);
        if (ether)
            ex.set_balance(z3::ite(proceed, env.fresh("balance@reentry"), *ex.state().balance));
        assume_invariants(env, ex.state(), g);
        return ok;
    }

    bool satisfiable(Env& env, const z3::expr& e) {
        z3::solver s = solver(env);
        s.add(e);
        return s.check() != z3::unsat; // unknown: assume it can run
    }

    z3::solver solver(Env& env) {
        z3::solver s(env.ctx);
        z3::params p(env.ctx);
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now())
                .count();
        p.set("timeout", static_cast<unsigned>(std::max<long long>(left, 1)));
        s.set(p);
        for (int i = 0; i < static_cast<int>(env.facts.size()); ++i)
            s.add(env.facts[i]);
        return s;
    }

    /// Checks the obligations of one run against every candidate; records failures.
    void discharge(Env& env, const std::vector<Obligation>& obligations) {
        std::vector<std::pair<const ast::Annotation*, std::vector<z3::expr>>> goals;
        for (const ast::Annotation* a : candidates()) {
            std::vector<z3::expr> per;
            for (const Obligation& o : obligations) {
                auto [v, d] = Executor::spec(env, o.state, a->condition);
                per.push_back(z3::implies(o.guard, v && d));
            }
            goals.emplace_back(a, std::move(per));
        }
        z3::solver s = solver(env);
        for (const auto& [a, per] : goals) {
            for (std::size_t i = 0; i < per.size() && !m_failed.contains(a); ++i) {
                if (Clock::now() >= m_deadline) {
                    m_failed.emplace(a, "timeout");
                    break;
                }
                s.push();
                s.add(!per[i]);
                const auto t0 = Clock::now();
                const z3::check_result r = s.check();
                if (std::getenv("MALLORY_Z3_DEBUG"))
                    fmt::print(stderr, "z3: {} {} -> {} in {:.3f} s\n", obligations[i].function,
                               obligations[i].where,
                               r == z3::unsat ? "unsat"
                               : r == z3::sat ? "sat"
                                              : "unknown",
                               std::chrono::duration<double>(Clock::now() - t0).count());
                s.pop();
                if (r == z3::unsat) continue;
                const Obligation& o = obligations[i];
                if (r == z3::unknown)
                    m_failed.emplace(a, "timeout");
                else if (o.function.empty())
                    m_failed.emplace(a, "not established by the constructor");
                else
                    m_failed.emplace(a,
                                     fmt::format("not inductive: {} at {}", o.function, o.where));
            }
        }
    }

    void check_all() {
        {
            z3::context ctx;
            Env env(ctx, m_program, m_target);
            prepare(env);
            std::vector<Obligation> obligations{constructor(env)};
            discharge(env, obligations);
        }
        for (const Callable& c : m_callables) {
            z3::context ctx;
            Env env(ctx, m_program, m_target);
            std::vector<Obligation> obligations;
            Executor ex = run_function(env, *c.function, obligations, nullptr);
            obligations.push_back(Obligation{ex.guard(), ex.state(), c.function->name,
                                             env.where(c.function->span), false});
            discharge(env, obligations);
        }
    }

    /// Runs `f` from a symbolic state where the candidates hold (the state is copied to
    /// `entry` when given). At-call obligations go to `obligations`.
    Executor run_function(Env& env, const check::FunctionInfo& f,
                          std::vector<Obligation>& obligations, State* entry) {
        prepare(env);
        (void)constructor(env);
        State s;
        for (const check::VariableInfo* v : m_target.info->storage_variables) {
            const z3::expr a = env.fresh_of(v->name, *v->type);
            s.vars.insert_or_assign(v, a);
            if (env.summed.contains(v)) {
                const z3::expr sum = env.fresh_natural("sum_" + v->name);
                s.sums.insert_or_assign(v, sum);
                env.add_sum_base(v, a, sum);
            }
        }
        const bool payable = f.mutability == ast::Mutability::payable;
        const z3::expr value = payable ? env.fresh("msg.value") : env.word(0);
        const z3::expr pre = env.fresh("balance");
        s.balance = pre;
        assume_invariants(env, s, env.ctx.bool_val(true));
        env.facts.push_back(pre + value <= env.max_value(sym::word_bits));
        s.balance = pre + value;
        if (entry) *entry = s;
        Executor ex(env, std::move(s),
                    [this, &obligations](Executor& x, const sym::CallSite& site) {
                        return reentrant_call(x, site, obligations);
                    });
        ex.run_external(f, address(env, "msg.sender"), value);
        return ex;
    }

public:
    /// Proves `post` (an #if_succeeds of `f`) from states where `assumed` (proved invariants)
    /// hold; the reason when it is not proved.
    std::optional<std::string> postcondition(const check::FunctionInfo& f,
                                             const ast::Annotation& post,
                                             const std::vector<const ast::Annotation*>& assumed) {
        for (const ast::Annotation* a : m_invariants)
            if (std::find(assumed.begin(), assumed.end(), a) == assumed.end())
                m_failed.emplace(a, "");
        z3::context ctx;
        Env env(ctx, m_program, m_target);
        std::vector<Obligation> ignored; // owed by the invariants, proved already
        State entry;
        Executor ex = run_function(env, f, ignored, &entry);
        const Executor::CallContext call = ex.call_context(entry);
        auto [v, d] = Executor::spec(env, ex.state(), post.condition, &call);
        z3::solver s = solver(env);
        s.add(ex.guard());
        s.add(!(v && d));
        switch (s.check()) {
        case z3::unsat:
            return std::nullopt;
        case z3::sat:
            return fmt::format("not proved: {} at {}", f.name, env.where(post.span));
        default:
            return "timeout";
        }
    }

private:
    const Program& m_program;
    const Target& m_target;
    Clock::time_point m_deadline;
    bool m_abstract;
    std::vector<const ast::Annotation*> m_invariants;
    std::vector<Callable> m_callables;
    std::map<const ast::Annotation*, std::string> m_failed;
};

} // namespace

ProofResult Z3Engine::prove(const Program& program, const Property& property,
                            double timeout_seconds) {
    const auto deadline =
        std::min(m_deadline,
                 Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(std::max(timeout_seconds, 0.1))));
    if (Clock::now() >= deadline)
        return {PropertyStatus::unknown, "timeout (the analysis's --timeout was reached)",
                std::nullopt};
    if (property.kind == PropertyKind::callback_freedom ||
        property.kind == PropertyKind::adversary_profit) {
        auto [it, fresh] = m_callback.try_emplace(&program);
        if (fresh) it->second = prove_callback_freedom(program, deadline);
        // A timeout is not a verdict: the next query (with more time) tries again.
        const ProofResult r = it->second;
        if (r.reason == "timeout") m_callback.erase(it);
        return property.kind == PropertyKind::callback_freedom ? r : adversary_profit_from(r);
    }
    TargetResult& tr = target_result(program, property.target, deadline);
    if (property.kind == PropertyKind::if_succeeds) {
        if (!property.function || !property.annotation)
            return {PropertyStatus::unknown, "no such postcondition", std::nullopt};
        auto [it, fresh] = tr.postconditions.try_emplace(property.annotation);
        if (fresh) it->second = postcondition(program, property, tr, deadline);
        return it->second;
    }
    auto it = tr.invariants.find(property.annotation);
    if (it == tr.invariants.end()) return {PropertyStatus::unknown, tr.error, std::nullopt};
    return it->second;
}

ProofResult Z3Engine::postcondition(const Program& program, const Property& property,
                                    const TargetResult& tr, Clock::time_point deadline) {
    std::vector<const ast::Annotation*> assumed;
    for (const auto& [a, r] : tr.invariants)
        if (r.status == PropertyStatus::proved) assumed.push_back(a);
    // Deterministic order of the assumptions: as written.
    std::sort(assumed.begin(), assumed.end(),
              [](const ast::Annotation* x, const ast::Annotation* y) {
                  return x->span.file != y->span.file ? x->span.file < y->span.file
                                                      : x->span.begin < y->span.begin;
              });
    try {
        std::optional<std::string> reason;
        for (bool abstract : {true, false}) {
            Prover p(program, property.target, deadline, abstract);
            reason = p.postcondition(*property.function, *property.annotation, assumed);
            if (!reason) return {PropertyStatus::proved, "", std::nullopt};
        }
        return {PropertyStatus::unknown, *reason, std::nullopt};
    } catch (const sym::Unsupported& u) {
        return {PropertyStatus::unknown, "unsupported: " + u.reason, std::nullopt};
    } catch (const z3::exception& e) {
        return {PropertyStatus::unknown, std::string("z3: ") + e.msg(), std::nullopt};
    } catch (const std::exception& e) {
        return {PropertyStatus::unknown, std::string("internal error: ") + e.what(), std::nullopt};
    }
}

Z3Engine::TargetResult& Z3Engine::target_result(const Program& program, std::size_t target,
                                                Clock::time_point deadline) {
    auto& slot = m_cache[{&program, target}];
    if (slot) return *slot;
    slot = std::make_shared<TargetResult>();
    std::map<const ast::Annotation*, std::string> reasons;
    std::vector<const ast::Annotation*> all;
    auto fail_all = [&](const std::string& why) {
        for (const ast::Annotation* a : all)
            reasons[a] = why;
        slot->error = why;
    };
    try {
        Prover fast(program, target, deadline, true);
        all = fast.invariants();
        reasons = fast.run();
        if (!reasons.empty()) {
            // Exact arithmetic may prove what the abstraction could not; each run's proved
            // set is inductive on its own, so their union is proved.
            Prover exact(program, target, deadline, false);
            auto more = exact.run();
            for (auto it = reasons.begin(); it != reasons.end();)
                it = more.contains(it->first) ? std::next(it) : reasons.erase(it);
        }
    } catch (const sym::Unsupported& u) {
        fail_all("unsupported: " + u.reason);
    } catch (const z3::exception& e) {
        fail_all(std::string("z3: ") + e.msg());
    } catch (const std::exception& e) {
        fail_all(std::string("internal error: ") + e.what());
    }
    for (const ast::Annotation* a : all) {
        auto it = reasons.find(a);
        slot->invariants[a] = it == reasons.end()
                                  ? ProofResult{PropertyStatus::proved, "", std::nullopt}
                                  : ProofResult{PropertyStatus::unknown, it->second, std::nullopt};
    }
    if (slot->error.empty()) slot->error = "no such invariant";
    if (std::getenv("MALLORY_Z3_DEBUG"))
        for (const ast::Annotation* a : all)
            fmt::print(stderr, "z3: {}: {} {}\n", a->text, to_string(slot->invariants[a].status),
                       slot->invariants[a].reason);
    return *slot;
}

} // namespace mallory::analyzer
