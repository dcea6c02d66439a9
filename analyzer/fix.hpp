#pragma once
/// Fixes that are checked, not guessed. For a reentrancy finding Mallory proposes the two usual
/// remedies as edits of a copy of the source:
///  - `reorder` (checks-effects-interactions): the state writes that follow the statement making
///    the external call move just before it — only when that statement does not read what they
///    write (else the move would change what is paid, as in the DAO, where the payout reads the
///    balance the late write clears);
///  - `guard`: a mutex modifier added to the contract and put on every state-changing public
///    or external function.
/// Each candidate is compiled and analyzed again with the same options; the first whose analysis
/// has no finding is reported `verified`, with its unified diff. When none verifies, the first
/// candidate is reported as not verified, so the user still sees the attempt.

#include "analyzer/analyzer.hpp"
#include "analyzer/facts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

struct FixCandidate {
    std::string kind; ///< reorder | guard
    std::string path; ///< the edited file, as the program names it
    std::string original, patched;
};

/// The candidate edits for a reentrancy finding of `f.contract` (empty when none applies).
std::vector<FixCandidate> propose_fixes(const Program& p, const Facts& facts, const Finding& f);

/// Analyzes each candidate on a copy of the sources; the verified one, else the first tried.
std::optional<FixResult> check_fixes(const Program& p, const std::vector<FixCandidate>& candidates,
                                     const AnalyzeOptions& options);

/// Checks fixes for the report's confirmed reentrancy findings (and invariant violations that
/// need re-entry), once per contract, and attaches the result to each of them.
void attach_fixes(const Program& p, const Facts& facts, const AnalyzeOptions& options,
                  Report& report);

/// A unified diff (3 lines of context) from `before` to `after`, with a/ and b/ headers.
std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after);

} // namespace mallory::analyzer
