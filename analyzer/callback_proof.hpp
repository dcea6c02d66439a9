#pragma once
/// Callback-freedom proved for all values (issue 10 item 11), and adversary profit with it.
///
/// The adversary gets control only at an external call that system code makes. The proof
/// looks at every such call in every state-changing entry point of every instance of the
/// system and shows, for each, that whatever the callee does meanwhile (re-enter any function
/// of any instance, any number of times, with any arguments) gives a final state that some
/// callback-free order of the same calls also gives. Per call site, one of two arguments:
/// 1. *Re-entry impossible (the mutex).* The function is run symbolically (sym::Executor)
///    from an arbitrary storage state up to the call; a re-enterable function of the same
///    instance is *blocked* when its entry guard (the leading require()s of its first
///    modifier or body) is unsatisfiable in the state at the call (Z3: `unsat`), the
///    callback's caller being anyone but the honest deployer (Facts::deployer_held: an
///    `onlyOwner` function whose owner is fixed at deployment is closed to it). Blocked
///    functions stay blocked unless an open one writes what a blocked guard reads.
/// 2. *Re-entry commutes (checks-effects-interactions).* What can run during the call (every
///    open function, of every instance; when one of them calls out itself, also what every
///    view of the system reads) is compared with the post-call segment Q (every effect after
///    the call along every path, facts.hpp): Q writes nothing the callback reads or writes and
///    reads nothing it writes (ether balances count as one more location, moved by payable
///    functions and calls). Then P;[C with callback E];Q ends where P;C;Q;E ends: E runs on
///    the state P left in both orders (Q does not change what it reads) and Q on the state C
///    left (E does not change what Q reads), and neither overwrites the other. The call's
///    success and return data are the adversary's choice in both orders; a call into system
///    code whose result could depend on the callback is accepted only when Q writes nothing.
///    A callee that is system code re-entered at its own call sites is covered by the same
///    argument there (every site of every instance is checked).
/// Anything the argument cannot establish gives `unknown` with the first reason found, never
/// `proved`: a delegatecall (its code writes what it likes), a second external call after
/// one whose callback can write or move ether (a callback every writing function is closed
/// to is inert, and a later call is then argued for on its own), effects the facts cannot name
/// (a write through a storage reference, recursion), a conflict between Q and the callback
/// (including ether Q sends while the callback reads a balance), a solver timeout.
///
/// Adversary profit follows: with every re-entrant execution equal to a callback-free one,
/// the adversary's ether after any attack is what the same calls without its callbacks give
/// it, so it cannot gain beyond that.

#include "analyzer/proof_engine.hpp"

#include <chrono>

namespace mallory::analyzer {

/// The system-wide verdict for callback-freedom: `proved` or `unknown` with the reason (the
/// first call site the argument could not cover). Queries stop at `deadline` (then unknown).
ProofResult prove_callback_freedom(const Program& program,
                                   std::chrono::steady_clock::time_point deadline);

/// Adversary profit from the callback-freedom verdict (the argument in the header comment).
ProofResult adversary_profit_from(const ProofResult& callback_freedom);

} // namespace mallory::analyzer
