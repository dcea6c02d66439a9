#pragma once
/// Bounds the targets' own checks keep on a state variable. `require(sold + n <= CAP)` (or
/// `if (sold + n > CAP) revert ...`) followed in the same function by `sold += n` keeps
/// `sold <= CAP` after every call of that function. A re-entrant run that breaks such a bound
/// while every order of the same calls without re-entry keeps it has passed the contract's
/// own check on a stale value: the cap is exceeded for everyone (later buyers, the supply),
/// which no holding of the adversary measures, so the re-entry is not self-harm however much
/// it cost the adversary (monitor.hpp, judge_callback_freedom). A cap per account is a bound
/// too: `require(purchased[msg.sender] + n <= MAX_PER_WALLET)` then `purchased[msg.sender] +=
/// n` keeps `purchased[a] <= MAX_PER_WALLET` for every account `a` (each one the system knows
/// is judged).

#include "lang/ast.hpp"
#include "vm/state.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mallory::analyzer {

class Program;
struct Accounts;

struct GuardBound {
    std::size_t target = 0;                          ///< index into program.targets()
    const lang::ast::Expression* variable = nullptr; ///< `sold`, as the check reads it
    const lang::ast::Expression* limit = nullptr;    ///< `CAP`: a constant or a state variable
    bool strict = false;                             ///< the bound is `sold < CAP`
    std::string text; ///< "sold <= CAP (checked by CappedSale.buy at line 14)"
};

/// The bounds the selected targets' state-changing functions check and then raise, in target
/// and source order (actions.hpp, mutators), each (variable, limit) once per target. A fact of
/// the program: Program::guard_bounds holds them for the current system.
std::vector<GuardBound> find_guard_bounds(const Program& program);

/// The bounds `state` breaks, as bits (bound i is bit i; only the first 64 are judged). A
/// bound whose parts cannot be evaluated is kept.
std::uint64_t broken_bounds(const Program& program, const std::vector<GuardBound>& bounds,
                            const Accounts& accounts, vm::State& state);

} // namespace mallory::analyzer
