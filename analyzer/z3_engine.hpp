#pragma once
/// The Z3 engine (issue 5 item 3b): proves a target's `#invariant`s for all values.
///
/// It symbolically executes the checked AST, the compiler's input, mirroring the compiled
/// semantics (sym::Executor: 256-bit words, checked arithmetic reverts, modifiers, inlined
/// internal calls), and discharges the proof obligations with Z3 (assert the negation, expect
/// `unsat`). The argument is inductive and modular (DESIGN.md, "havoc with the invariant
/// assumed at call boundaries"):
/// 1. the constructor, from zeroed storage, with symbolic arguments (or the user's `--args`),
///    establishes every invariant;
/// 2. every public/external non-view function, started in any state where ALL the target's
///    invariants hold, keeps them on every non-reverting path: at its end, and at every
///    external call where re-entry can change state;
/// 3. at an external call the callee may re-enter any public non-view function whose *entry
///    guard* (the require()s its first modifier or its body starts with) is satisfiable in the
///    state the callee sees. If none is, nothing changes across the call (and nothing is owed).
///    Otherwise the invariants must hold at the call (with the sent value already gone), and
///    afterwards the variables those functions write (transitively), and the balance if one of
///    them is payable or calls out, are fresh values on which the invariants are assumed.
///    `transfer`/`send` (2300 gas) and static calls cannot re-enter state-changing code.
/// When an invariant's obligation fails, it is dropped from the assumptions and the others are
/// re-checked (Houdini), so a proved invariant never relied on an unproved one. A failed
/// obligation gives `unknown` ("not inductive: f at file:line"), never `violated`: finding
/// violations is the explorer's job. Unsupported constructs (loops, arrays, structs, signed
/// integers, ...) and solver timeouts give `unknown` with the reason.
///
/// Multiplication, division, modulo and exponentiation are first taken as uninterpreted
/// functions (with a few sound facts: x*0 = 0, x/y <= x); only if that abstraction does not
/// prove everything is the run repeated with exact bit-vector arithmetic.
///
/// A `#if_succeeds` of a function is proved from the proved invariants: the function, run
/// from any state where they hold (every call of it starts in one, re-entrant calls included),
/// satisfies the postcondition on every non-reverting path (`old(e)`: e in the entry state).
///
/// Words are exact integers in [0, 2^256) with the EVM's wrap-around made explicit (see
/// symbolic_state.hpp for why not bit-vectors). `MALLORY_Z3_DEBUG=1` prints every query's
/// answer and time, and each invariant's verdict with its reason, on stderr.
///
/// Known gaps (see the report): ether forced into the contract without a function (another
/// contract's selfdestruct, block rewards) is not modelled; a contract's pre-deployment
/// balance is arbitrary.

#include "analyzer/proof_engine.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <utility>

namespace mallory::analyzer {

class Z3Engine : public ProofEngine {
public:
    std::string_view name() const override { return "z3"; }
    /// Answers `invariant` and `invariant_at_call` (the same inductive argument covers both)
    /// and `if_succeeds` (`old(e)`: e at entry), computed once per (program, target) and
    /// cached; `callback_freedom` and `adversary_profit` by the system-wide argument of
    /// callback_proof.hpp, computed once per program.
    ProofResult prove(const Program& program, const Property& property,
                      double timeout_seconds) override;

    /// Values that reach each side of `f`'s branches and requires on its parameters (and
    /// msg.value when payable): for every condition that mentions one, a model of it and of its
    /// negation from an unconstrained state (z3_hints.cpp). Sorted, unique, at most 4 per
    /// parameter; empty when `f` uses an unsupported construct.
    std::vector<vm::U256> suggest_arguments(const Program& program,
                                            const check::FunctionInfo* f) override;
    void set_deadline(std::chrono::steady_clock::time_point deadline) override {
        m_deadline = deadline;
    }

private:
    using Clock = std::chrono::steady_clock;
    struct TargetResult {
        std::map<const lang::ast::Annotation*, ProofResult> invariants;
        std::map<const lang::ast::Annotation*, ProofResult> postconditions;
        std::string error; ///< why nothing could be proved (unsupported construct, ...)
    };
    TargetResult& target_result(const Program& program, std::size_t target,
                                Clock::time_point deadline);
    /// An #if_succeeds of a function, proved from states where the proved invariants hold:
    /// every call of the function (re-entrant ones included) starts in such a state.
    ProofResult postcondition(const Program& program, const Property& property,
                              const TargetResult& tr, Clock::time_point deadline);
    std::map<std::pair<const Program*, std::size_t>, std::shared_ptr<TargetResult>> m_cache;
    std::map<const Program*, ProofResult> m_callback;        ///< callback-freedom, per program
    Clock::time_point m_deadline = Clock::time_point::max(); ///< set_deadline
};

} // namespace mallory::analyzer
