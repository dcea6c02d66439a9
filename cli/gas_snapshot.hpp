#pragma once
// `mallory snapshot`: forge's `.gas-snapshot`, one line per passing test, sorted:
//
//   BankTest:testDeposit() (gas: 58804)
//   BankTest:testFuzz_Deposit(uint256) (runs: 256, μ: 58850, ~: 58804)
//   BankTest:invariant_solvent() (runs: 256, calls: 128000, reverts: 12)
//
// written after a run where every test passed, compared with an earlier file by --check (exit 1
// on any difference beyond --tolerance) and --diff (the change of each test's gas and the overall
// change). The gas of a fuzz test is its median and that of an invariant test 0, as in forge.
// --min/--max keep the tests whose gas lies in the range; --asc/--desc order the comparisons by
// gas. The file itself is always sorted by name, so that it diffs well under version control.

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

/// forge's snapshot filters: a gas range and the order of the comparisons.
struct SnapshotSelection {
    std::optional<std::uint64_t> min_gas; ///< --min: keep tests that used at least this
    std::optional<std::uint64_t> max_gas; ///< --max: keep tests that used at most this
    enum class Order { name, ascending, descending } order = Order::name;
};

/// The entries within the gas range, in the selection's order (stable: ties stay by name).
std::vector<SnapshotEntry> select_entries(std::vector<SnapshotEntry> entries,
                                          const SnapshotSelection& selection);

/// forge's tolerance: the smaller gas is within `percent` of the larger one (1 - lo/hi below
/// percent/100); without a tolerance the two must be equal.
bool within_tolerance(std::uint64_t now, std::uint64_t before, std::optional<unsigned> percent);

/// Parses a snapshot file's text; nullopt with `error` = "line N: ..." on a malformed line.
std::optional<std::vector<SnapshotEntry>> parse_snapshot(const std::string& text,
                                                         std::string& error);

/// --check: one line per difference (forge's wording), in `now`'s order; empty when the
/// snapshots match. Gas is compared as forge does (a fuzz test's median; invariant tests 0).
std::vector<std::string> snapshot_differences(const std::vector<SnapshotEntry>& now,
                                              const std::vector<SnapshotEntry>& before,
                                              std::optional<unsigned> tolerance = std::nullopt);

/// --diff: each changed test's gas change, smallest relative change first, the tests the file
/// does not have yet, then the overall change.
std::vector<std::string> snapshot_diff(const std::vector<SnapshotEntry>& now,
                                       const std::vector<SnapshotEntry>& before);

} // namespace mallory::cli
