#pragma once
/// Replays a witness on a fresh in-memory chain (chain::Chain): deploys, lets the honest
/// users deposit, runs the attack transactions (one block each) with the adversary bound as a
/// native account that follows the witness's choices, and checks the violated property on the
/// chain's state. Only witnesses that replay are reported as confirmed.

#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"

#include <string>
#include <vector>

namespace mallory::analyzer {

struct ReplayResult {
    bool ran = false;      ///< every deployment and setup step went through
    bool violated = false; ///< the property fails on the chain after the last step
    std::string error;
    std::vector<std::string> log; ///< numbered steps with re-entries and balances
    std::string verdict;          ///< one line: what the chain shows
};

/// Replays `w` against `program` (compiled from the witness's files).
ReplayResult replay(const Program& program, const Witness& w, bool verbose = false);

} // namespace mallory::analyzer
