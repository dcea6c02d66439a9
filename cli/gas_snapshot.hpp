#pragma once
// `mallory snapshot`: forge's `.gas-snapshot`, one line per passing test, sorted:
//
//   BankTest:testDeposit() (gas: 58804)
//   BankTest:testFuzz_Deposit(uint256) (runs: 256, μ: 58850, ~: 58804)
//   BankTest:invariant_solvent() (runs: 256, calls: 128000, reverts: 12)
//
// written after a run where every test passed, compared with an earlier file by --check (exit 1
// on any difference) and --diff (the change of each test's gas and the overall change). The
// gas of a fuzz test is its median, as in forge.

#include "cli/test_report.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mallory::cli {

struct SnapshotEntry {
    std::string key;   ///< "BankTest:testDeposit()"
    std::string value; ///< "(gas: 58804)", "(runs: 256, μ: 1, ~: 2)", ...
    std::uint64_t gas = 0;
    [[nodiscard]] std::string line() const { return key + " " + value; }
};

/// The entries of a run's passing tests, sorted by key.
std::vector<SnapshotEntry> snapshot_entries(const TestRun& run);

/// Parses a snapshot file's text; nullopt with `error` = "line N: ..." on a malformed line.
std::optional<std::vector<SnapshotEntry>> parse_snapshot(const std::string& text,
                                                         std::string& error);

/// --check: one line per difference (forge's wording); empty when the snapshots match.
std::vector<std::string> snapshot_differences(const std::vector<SnapshotEntry>& now,
                                              const std::vector<SnapshotEntry>& before);

/// --diff: each changed test's gas change, smallest change first, then the overall change.
std::vector<std::string> snapshot_diff(const std::vector<SnapshotEntry>& now,
                                       const std::vector<SnapshotEntry>& before);

} // namespace mallory::cli
