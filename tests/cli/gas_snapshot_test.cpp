// forge's .gas-snapshot (cli/gas_snapshot.hpp): parsing, forge's tolerance, the gas range and
// order of --min/--max/--asc/--desc, and the lines of --check and --diff.
#include "cli/gas_snapshot.hpp"

#include <gtest/gtest.h>

namespace mallory::cli {
namespace {

std::vector<SnapshotEntry> parse(const std::string& text) {
    std::string error;
    auto entries = parse_snapshot(text, error);
    EXPECT_TRUE(entries) << error;
    return entries ? *entries : std::vector<SnapshotEntry>{};
}

std::vector<std::string> keys(const std::vector<SnapshotEntry>& entries) {
    std::vector<std::string> out;
    for (const SnapshotEntry& e : entries)
        out.push_back(e.key);
    return out;
}

const std::string three = "T:a() (gas: 300)\n"
                          "T:b(uint256) (runs: 256, μ: 120, ~: 100)\n"
                          "T:c() (gas: 200)\n"
                          "T:invariant_x() (runs: 256, calls: 128000, reverts: 3)\n";

TEST(GasSnapshot, ParsesTheThreeKindsWithForgesGas) {
    const auto entries = parse(three);
    ASSERT_EQ(entries.size(), 4U);
    EXPECT_EQ(entries[0].gas, 300U);
    EXPECT_EQ(entries[1].gas, 100U) << "a fuzz test's gas is its median";
    EXPECT_EQ(entries[3].gas, 0U) << "an invariant test has no gas of its own";
}

TEST(GasSnapshot, MalformedLineNamesItsNumber) {
    std::string error;
    EXPECT_FALSE(parse_snapshot("T:a() (gas: 1)\nnonsense\n", error));
    EXPECT_NE(error.find("line 2"), std::string::npos) << error;
}

TEST(GasSnapshot, ToleranceIsForgesRelativeChange) {
    EXPECT_TRUE(within_tolerance(100, 105, 5U));
    EXPECT_TRUE(within_tolerance(105, 100, 5U));
    EXPECT_FALSE(within_tolerance(100, 106, 5U));
    EXPECT_FALSE(within_tolerance(106, 100, 5U));
    EXPECT_TRUE(within_tolerance(0, 0, 5U)) << "two zeros (invariant tests) never differ";
    EXPECT_TRUE(within_tolerance(7, 7, std::nullopt));
    EXPECT_FALSE(within_tolerance(7, 8, std::nullopt)) << "without a tolerance: equal gas only";
}

TEST(GasSnapshot, SelectionFiltersByGasAndOrdersStably) {
    const auto entries = parse(three);
    SnapshotSelection range;
    range.min_gas = 100;
    range.max_gas = 250;
    EXPECT_EQ(keys(select_entries(entries, range)),
              (std::vector<std::string>{"T:b(uint256)", "T:c()"}));
    SnapshotSelection ascending;
    ascending.order = SnapshotSelection::Order::ascending;
    EXPECT_EQ(keys(select_entries(entries, ascending)),
              (std::vector<std::string>{"T:invariant_x()", "T:b(uint256)", "T:c()", "T:a()"}));
    SnapshotSelection descending;
    descending.order = SnapshotSelection::Order::descending;
    EXPECT_EQ(keys(select_entries(entries, descending)),
              (std::vector<std::string>{"T:a()", "T:c()", "T:b(uint256)", "T:invariant_x()"}));
}

TEST(GasSnapshot, CheckReportsChangesBeyondTheToleranceAndMissingEntries) {
    const auto before = parse("T:a() (gas: 300)\nT:c() (gas: 200)\n");
    const auto now = parse("T:a() (gas: 310)\nT:c() (gas: 200)\nT:d() (gas: 1)\n");
    const auto strict = snapshot_differences(now, before);
    ASSERT_EQ(strict.size(), 2U);
    EXPECT_EQ(strict[0],
              "Diff in \"T:a()\": consumed \"(gas: 310)\" gas, expected \"(gas: 300)\" gas");
    EXPECT_EQ(strict[1], "No matching snapshot entry found for \"T:d()\" in snapshot file");
    const auto tolerant = snapshot_differences(now, before, 5U);
    ASSERT_EQ(tolerant.size(), 1U) << "310 is within 5% of 300";
}

TEST(GasSnapshot, DiffOrdersBySizeOfChangeAndListsNewTests) {
    const auto before = parse("T:a() (gas: 1000)\nT:c() (gas: 100)\n");
    const auto now = parse("T:a() (gas: 900)\nT:c() (gas: 101)\nT:d() (gas: 1)\n");
    EXPECT_EQ(
        snapshot_diff(now, before),
        (std::vector<std::string>{"T:c() (gas: +1 (1.000%))", "T:a() (gas: -100 (-10.000%))",
                                  "New tests:", "  + T:d()", "Overall gas change: -99 (-9.000%)"}));
}

} // namespace
} // namespace mallory::cli
