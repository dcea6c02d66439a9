// Z3Engine::suggest_arguments: argument values that reach both sides of a function's guarded
// branches (issue 5 item 3a), fed to the explorer's argument domains.
//
// The function runs symbolically from an unconstrained state (every storage variable and
// immutable, the balance, msg.sender fresh; external calls return a fresh success flag and
// change nothing: only the function's own conditions matter here). At every branch point (an `if`,
// a require, assert or revert, a checked operation) whose condition mentions a parameter or
// msg.value, Z3 gives one model of "reached and taken" and one of "reached and not taken"; the
// values of the parameters (and of msg.value) the condition mentions are collected. Fixed solver
// parameters, sorted unique values and a cap per parameter keep the result deterministic.
#include "analyzer/symbolic_executor.hpp"
#include "analyzer/z3_engine.hpp"

#include <algorithm>
#include <unordered_set>

namespace mallory::analyzer {

namespace {

constexpr std::size_t hints_per_parameter = 4;
constexpr unsigned hint_timeout_ms = 2000;

/// Whether `e` contains the constant `c`.
bool mentions(const z3::expr& e, const z3::expr& c) {
    std::vector<z3::expr> todo{e};
    std::unordered_set<unsigned> seen;
    while (!todo.empty()) {
        const z3::expr x = todo.back();
        todo.pop_back();
        if (!seen.insert(x.id()).second) continue;
        if (z3::eq(x, c)) return true;
        if (x.is_app())
            for (unsigned i = 0; i < x.num_args(); ++i)
                todo.push_back(x.arg(i));
    }
    return false;
}

const Target* target_of(const Program& p, const check::FunctionInfo* f) {
    for (const Target& t : p.targets())
        if (std::find(t.info->external_functions.begin(), t.info->external_functions.end(), f) !=
            t.info->external_functions.end())
            return &t;
    return nullptr;
}

sym::State free_state(sym::Env& env, const Target& t) {
    sym::State s;
    for (const check::VariableInfo* v : t.info->storage_variables)
        s.vars.insert_or_assign(v, env.fresh_of(v->name, *v->type));
    // An immutable is whatever the constructor made it (a sub-contract it deployed).
    for (const check::VariableInfo* v : t.info->immutable_variables)
        s.vars.insert_or_assign(v, env.fresh_of(v->name, *v->type));
    s.balance = env.fresh("balance");
    return s;
}

/// The values of the terms in `wanted` that `condition` mentions, in a model of `query`.
void collect(sym::Env& env, const z3::expr& query, const z3::expr& condition,
             const std::vector<z3::expr>& wanted, unsigned timeout_ms,
             std::vector<std::vector<vm::U256>>& out) {
    std::vector<std::size_t> used;
    for (std::size_t i = 0; i < wanted.size(); ++i)
        if (mentions(condition, wanted[i])) used.push_back(i);
    if (used.empty()) return;
    z3::solver s(env.ctx);
    z3::params p(env.ctx);
    p.set("timeout", timeout_ms);
    p.set("random_seed", 0u);
    s.set(p);
    for (unsigned i = 0; i < env.facts.size(); ++i)
        s.add(env.facts[static_cast<int>(i)]);
    s.add(query);
    if (s.check() != z3::sat) return;
    const z3::model m = s.get_model();
    for (std::size_t i : used) {
        const z3::expr v = m.eval(wanted[i], true);
        vm::U256 x{};
        if (v.is_numeral() && vm::parse_u256(v.get_decimal_string(0), x)) out[i].push_back(x);
    }
}

} // namespace

std::vector<vm::U256> Z3Engine::suggest_arguments(const Program& program,
                                                  const check::FunctionInfo* f) {
    const Target* t = f ? target_of(program, f) : nullptr;
    if (!t || !f->ast) return {};
    // Hints are optional: none once the analysis's deadline has passed, and no query past it.
    const auto left_ms = [&] {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now());
        return static_cast<unsigned>(
            std::clamp<long long>(left.count(), 0, static_cast<long long>(hint_timeout_ms)));
    };
    if (left_ms() == 0) return {};
    std::vector<std::vector<vm::U256>> values;
    try {
        z3::context ctx;
        sym::Env env(ctx, program, *t);
        const bool payable = f->mutability == lang::ast::Mutability::payable;
        const z3::expr value = payable ? env.fresh("msg.value") : env.word(0);
        sym::Executor ex(env, free_state(env, *t), [](sym::Executor& x, const sym::CallSite&) {
            return x.env().fresh_bool("call.ok");
        });
        std::vector<sym::Executor::Branch> branches;
        ex.record_branches(&branches);
        const z3::expr sender = env.fresh("msg.sender");
        env.facts.push_back(sender <= env.max_value(160));
        ex.run_external(*f, sender, value);
        std::vector<z3::expr> wanted = ex.arguments();
        if (payable) wanted.push_back(value);
        values.resize(wanted.size());
        for (const auto& b : branches) {
            if (left_ms() == 0) break;
            collect(env, b.reached && b.condition, b.condition, wanted, left_ms(), values);
            collect(env, b.reached && !b.condition, b.condition, wanted, left_ms(), values);
        }
    } catch (const sym::Unsupported&) {
        return {};
    } catch (const z3::exception&) {
        return {};
    }
    std::vector<vm::U256> out;
    for (auto& v : values) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        if (v.size() > hints_per_parameter) v.resize(hints_per_parameter);
        out.insert(out.end(), v.begin(), v.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace mallory::analyzer
