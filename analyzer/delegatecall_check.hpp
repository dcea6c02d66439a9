#pragma once
/// The `delegatecall` check (issue 10 item 10): a delegatecall runs the callee's code with the
/// caller's storage, balance and address, so code the adversary chooses there can overwrite
/// any slot (the owner, the balances) or selfdestruct the caller: total compromise, whatever
/// the re-entrancy properties say. A static finding, never replayed on the VM.
///
/// The target of each delegatecall in a selected target's entry points (modifiers and inlined
/// internal functions included; an internal function's parameter is followed to the argument
/// it was called with) is decided as follows:
/// - `this`, or a contract the function creates: trusted (system code).
/// - a parameter of the entry point: untrusted (every caller picks the code);
/// - a local variable, a call's result, a member or index expression: untrusted (the check
///   does not trace the value, so it cannot show the code is fixed);
/// - a constant address: untrusted unless it holds a system contract or the user vouches for
///   it (`--trust 0xADDR`), as in the explorer's threat model (Accounts::literals);
/// - an immutable or a storage variable: trusted only if every assignment to it is trusted:
///   in the constructor from `msg.sender`, `address(this)`, a created contract, a trusted
///   constant, or a constructor parameter whose value is trusted (given with `--args`, vouched
///   for with `--trust NAME`, or filled with a system instance: Accounts::untrusted otherwise);
///   in a function only under an owner check: a `require`/`if (...) revert` at its entry
///   comparing `msg.sender` with a state variable that is itself set only by trusted code
///   (a proxy whose implementation only the trusted owner sets is not flagged).

#include "analyzer/program.hpp"

#include <string>
#include <vector>

namespace mallory::analyzer {

struct DelegatecallFinding {
    std::size_t target = 0; ///< index into program.targets()
    const check::FunctionInfo* function = nullptr;
    lang::Span call;
    std::string why; ///< why the target is untrusted, one clause
};

/// The delegatecalls of the selected targets whose code the system does not fix, in source
/// order.
std::vector<DelegatecallFinding> untrusted_delegatecalls(const Program& program);

} // namespace mallory::analyzer
