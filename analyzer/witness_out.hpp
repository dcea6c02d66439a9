#pragma once
/// `analyze --witness-out DIR`: every finding's witness as files that work from anywhere.
///
/// DIR/src/ gets a copy of the analyzed sources (their common folder's layout kept), so that
/// a witness replays, and its test compiles, wherever DIR is moved and whatever the current
/// directory is; `mallory replay` reads nothing outside the witness's folder. Per finding:
/// DIR/<n>-<Contract>-<what>.json (its `files` relative to DIR) and DIR/<n>-<Contract>-
/// <what>.t.sol, where <what> names the property the witness breaks (`callback-freedom-
/// same-function`, `invariant-totalSupply-sum-balances`, `adversary-profit-same-function`, ...).
///
/// The Foundry test asserts the harm, so it FAILS while the contract is vulnerable and PASSES
/// once it is fixed: the ether each target keeps and the adversary gains, compared with the
/// same calls run without re-entry (a run that cannot steal), else the broken invariant when
/// it reads only public state, else that no re-entrant call succeeded.

#include "analyzer/analyzer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

/// "invariant-totalSupply-sum-balances": the property a witness breaks, for file names.
std::string witness_slug(const Witness& w, ReentryKind kind);

/// A Foundry-style test (forge-std Test, vm.deal/prank) reproducing `w` on `p`, importing
/// `w.files` relative to the test's own folder.
std::string foundry_test(const Witness& w, const Program& p);

/// Writes every finding's witness into `dir` (created if needed); returns the error
/// ("--witness-out: ...") when `dir` cannot hold them. `written` gets the files' paths.
std::optional<std::string> write_witnesses(const Report& report, const Program& program,
                                           const std::string& dir,
                                           std::vector<std::string>* written = nullptr);

} // namespace mallory::analyzer
