#pragma once
/// The Z3 engine's symbolic executor: runs one function of a target over the checked AST (the
/// compiler's input) on a symbolic State, mirroring the compiled semantics: checked arithmetic
/// reverts on overflow, underflow and division by zero (unchecked blocks wrap at the type's
/// width), require/assert/revert revert, modifiers wrap the body with `_`, internal calls are
/// inlined (recursion -> unsupported), events are ignored.
///
/// Execution is *guarded* rather than forked: `guard` is the condition under which the current
/// statement runs; every write is `x := ite(guard, new, x)`, so both branches of an `if` run
/// one after the other on the same state and merge by themselves. A revert makes the guard
/// false (a reverted call changes nothing, so that path is simply dropped); `return` moves the
/// guard to the enclosing function's exit. At the end, `guard()` is the condition of the
/// non-reverting paths and `state()` the state they leave.
///
/// External calls are handed to a CallHook (the proof driver), which decides what re-entry can
/// do and updates the state. Anything outside the modelled subset (loops, arrays, structs,
/// signed integers, memory values, ...) throws sym::Unsupported naming the construct and its
/// file:line: the proof then says `unknown`, never `proved`.

#include "analyzer/symbolic_state.hpp"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mallory::analyzer::sym {

/// What an external call looks like to the hook.
struct CallSite {
    enum Kind : std::uint8_t { may_reenter, stipend, static_call } kind = may_reenter;
    std::optional<z3::expr> value; ///< wei sent (none: 0)
    lang::Span span;
    std::size_t results = 0; ///< number of returned words (fresh unless the hook sets them)
};

class Executor;
/// Called at every external call with the executor positioned at the call; it may read and
/// change `ex.state()` (through `ex.havoc`/`ex.set_balance`) and returns the success flag.
using CallHook = std::function<z3::expr(Executor& ex, const CallSite& site)>;

class Executor {
public:
    Executor(Env& env, State state, CallHook hook);

    /// Runs `f` as called from outside: parameters, msg.sender and msg.value are fresh (msg.value
    /// is 0 unless `f` is payable). The caller has already set the balance.
    void run_external(const check::FunctionInfo& f, const z3::expr& sender, const z3::expr& value);
    /// Runs the constructor sequence: state variable initializers (most base contract first),
    /// then the constructors; `args` are the most derived constructor's arguments.
    void run_constructor(const std::vector<z3::expr>& args, const z3::expr& sender,
                         const z3::expr& value);
    /// The entry guard of `f`: the conditions of the require()s it starts with (in its first
    /// modifier, or its body when it has none), over fresh arguments. True when it has none.
    z3::expr entry_guard(const check::FunctionInfo& f, std::set<const check::VariableInfo*>* reads);
    /// The caller entry_guard's condition is over (after a call of it).
    const z3::expr& guard_sender() const { return m_sender; }

    State& state() { return m_state; }
    /// The condition under which the current point runs (after run_*: the non-reverting paths).
    z3::expr guard() const { return m_guard && m_cond; }
    Env& env() { return m_env; }
    /// The function being run (for reasons).
    const check::FunctionInfo* function() const { return m_function; }
    /// The arguments and msg.value of run_external (argument hints).
    const std::vector<z3::expr>& arguments() const { return m_arguments; }
    const z3::expr& value() const { return m_value; }
    /// A branch point: the condition under which it is reached and the branch condition (of an
    /// `if`, or of a revert: require, assert, checked arithmetic).
    struct Branch {
        z3::expr reached, condition;
    };
    /// Records every branch point of the following runs in `out` (null: stop).
    void record_branches(std::vector<Branch>* out) { m_branches = out; }

    /// `var := ite(guard && when, fresh, var)` (with its ghost sum, registered as an exact base).
    void havoc(const check::VariableInfo* var, const std::string& why, const z3::expr& when);
    /// `balance := ite(guard, value, balance)`.
    void set_balance(const z3::expr& value);

    /// The call a `#if_succeeds` speaks about: names of parameters (their values at entry) and
    /// named return values, msg.sender, msg.value, and the entry state for `old(e)`.
    struct CallContext {
        std::map<std::string, z3::expr> names;
        std::optional<z3::expr> sender, value;
        const State* entry = nullptr;
    };
    /// Evaluates a specification expression on `state` (names resolve to state variables,
    /// `sum(m)` to ghosts; with `call`, also parameters, returns, msg.* and `old(e)`).
    /// Returns (truth, defined).
    static std::pair<z3::expr, z3::expr> spec(Env& env, const State& state,
                                              const lang::ast::Expression& e,
                                              const CallContext* call = nullptr);
    /// After run_external: the context of the call for its postconditions.
    CallContext call_context(const State& entry) const;

private:
    /// A local or storage location; `keys` index nested mappings, outermost first.
    struct Lvalue {
        const check::VariableInfo* var = nullptr;
        bool local = false;
        std::vector<z3::expr> keys;
        check::TypePtr type; ///< of the location
    };
    /// One modifier level (or the body): the paths that executed `return` in it.
    struct Frame {
        z3::expr returned;
    };

    // statements
    void block(const lang::ast::Block& b);
    void statement(const lang::ast::Statement& s);
    void if_statement(const lang::ast::IfStatement& s);
    void declaration(const lang::ast::VariableDeclarationStatement& s);
    void return_statement(const lang::ast::ReturnStatement& s);
    void modifier_chain(const check::FunctionInfo& f, std::size_t index);
    /// `a + b` on a user-defined value type: the call of the function that defines `+`.
    z3::expr user_operator(const check::FunctionInfo& f, std::vector<z3::expr> args,
                           lang::Span span);
    std::vector<z3::expr> call_internal(const check::FunctionInfo& f,
                                        const std::vector<z3::expr>& args, lang::Span span);

    // expressions
    z3::expr eval(const lang::ast::Expression& e);
    std::vector<z3::expr> eval_multi(const lang::ast::Expression& e);
    z3::expr truth(const lang::ast::Expression& e) { return eval(e) != m_env.word(0); }
    z3::expr binary(const lang::ast::Binary& b);
    z3::expr arith(lang::ast::BinaryOp op, const z3::expr& a, const z3::expr& b,
                   const check::Type& type, bool checked, lang::Span span);
    z3::expr unary(const lang::ast::Unary& u);
    z3::expr assignment(const lang::ast::Assignment& a);
    std::vector<z3::expr> call(const lang::ast::Call& c);
    std::vector<z3::expr> builtin(const lang::ast::Call& c, const check::CallInfo& info);
    std::vector<z3::expr> external(const lang::ast::Call& c, const check::CallInfo& info);
    z3::expr member(const lang::ast::MemberAccess& m, const lang::ast::Expression& e);
    z3::expr identifier(const lang::ast::Identifier& id);
    z3::expr conversion(const lang::ast::Call& c, const check::Type& to);
    std::optional<z3::expr> call_option(const lang::ast::Call& c, const char* name);

    Lvalue lvalue(const lang::ast::Expression& e);
    z3::expr load(const Lvalue& l);
    void store(const Lvalue& l, const z3::expr& v);

    /// Paths where `cond` holds revert: they leave the guard.
    void revert_if(const z3::expr& cond);
    [[noreturn]] void unsupported(const std::string& what, lang::Span span) const;
    const check::ExprInfo& info(const lang::ast::Expression& e) const;
    const check::ExprInfo& info(lang::ast::NodeId id, lang::Span span) const;
    template <typename Node> const check::ExprInfo& info_of(const Node& n) const {
        return info(n.id, n.span);
    }

    Env& m_env;
    State m_state;
    CallHook m_hook;
    z3::expr m_guard;
    z3::expr m_cond; ///< extra condition inside ?: branches and short-circuit operands
    z3::expr m_sender, m_value;
    std::vector<z3::expr> m_arguments; ///< of run_external, as passed
    std::map<const check::VariableInfo*, z3::expr> m_locals;
    /// `S storage r = m[k]`: the location each local storage reference names.
    std::map<const check::VariableInfo*, Lvalue> m_refs;
    std::vector<Frame> m_frames;
    std::vector<std::function<void()>> m_placeholders;
    std::vector<const check::FunctionInfo*> m_stack;
    const check::FunctionInfo* m_function = nullptr;
    const check::ContractInfo* m_lexical = nullptr; ///< contract whose code runs (for super)
    std::set<const check::VariableInfo*>* m_reads = nullptr;
    std::vector<Branch>* m_branches = nullptr;
};

} // namespace mallory::analyzer::sym
