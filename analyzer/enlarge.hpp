#pragma once
/// The attack a witness records, asking the most it can. The search keeps the first amounts
/// that land an attack, and a re-entered borrow may land asking 2 wei: the report would then
/// say the adversary gained 2 wei where the same attack takes what the collateral allows. An
/// auditor weighs a finding by its impact, so the amounts of the attack's last transaction
/// are raised while the chain still confirms it and the adversary gains more.

#include "analyzer/monitor.hpp"
#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"

#include <chrono>

namespace mallory::analyzer {

/// Whether `a` leaves the adversary better off than `b`: its net result (gain less loss) no
/// worse in any asset (ether and each token) and better in one.
bool gains_more(const Impact& a, const Impact& b);

/// `w` with each unsigned amount of its last transaction (the adversary's call, then each of
/// its re-entries; functions whose parameters are all value types) raised in turn to about the
/// largest with which the witness still replays violating its property and leaves the
/// adversary better off (gains_more) than with the amount before: a first step of a
/// thousandth (an amount at its limit stops there), then multiplied by 16 until that fails,
/// then the gap halved to within a thousandth, then the roundest amount in it. `impact` is
/// what `w` itself did on the chain. Stops at `deadline` (each try is a replay on a fresh
/// chain); `w` itself when no amount does better.
Witness enlarged(const Program& program, const Witness& w, const Impact& impact,
                 std::chrono::steady_clock::time_point deadline);

} // namespace mallory::analyzer
