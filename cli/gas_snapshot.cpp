#include "cli/gas_snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <regex>
#include <sstream>

namespace mallory::cli {

namespace {

SnapshotEntry entry_of(const std::string& contract, const chain::foundry::TestResult& r) {
    SnapshotEntry e;
    e.key = contract + ":" + r.name;
    if (r.invariant) {
        e.gas = 0;
        e.value = fmt::format("(runs: {}, calls: {}, reverts: {})", r.invariant->runs,
                              r.invariant->calls, r.invariant->reverts);
    } else if (r.fuzz) {
        e.gas = r.fuzz->median;
        e.value =
            fmt::format("(runs: {}, μ: {}, ~: {})", r.fuzz->runs, r.fuzz->mean, r.fuzz->median);
    } else {
        e.gas = r.gas;
        e.value = fmt::format("(gas: {})", r.gas);
    }
    return e;
}

std::string percent(std::int64_t change, std::uint64_t base) {
    if (base == 0) return change == 0 ? "0.000%" : "inf%";
    return fmt::format("{:.3f}%", 100.0 * static_cast<double>(change) / static_cast<double>(base));
}

} // namespace

std::vector<SnapshotEntry> snapshot_entries(const TestRun& run) {
    std::vector<SnapshotEntry> out;
    for (const TestSuite& s : run.suites)
        for (const auto& r : s.results)
            if (r.passed && !r.skipped) out.push_back(entry_of(s.contract, r));
    std::sort(out.begin(), out.end(),
              [](const SnapshotEntry& a, const SnapshotEntry& b) { return a.key < b.key; });
    return out;
}

std::vector<SnapshotEntry> select_entries(std::vector<SnapshotEntry> entries,
                                          const SnapshotSelection& selection) {
    std::erase_if(entries, [&](const SnapshotEntry& e) {
        return (selection.min_gas && e.gas < *selection.min_gas) ||
               (selection.max_gas && e.gas > *selection.max_gas);
    });
    using Order = SnapshotSelection::Order;
    if (selection.order == Order::ascending)
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const SnapshotEntry& a, const SnapshotEntry& b) { return a.gas < b.gas; });
    else if (selection.order == Order::descending)
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const SnapshotEntry& a, const SnapshotEntry& b) { return a.gas > b.gas; });
    return entries;
}

bool within_tolerance(std::uint64_t now, std::uint64_t before, std::optional<unsigned> percent) {
    if (!percent) return now == before;
    const std::uint64_t hi = std::max(now, before);
    const std::uint64_t lo = std::min(now, before);
    if (hi == 0) return true; // both 0 (invariant tests): no relative change to measure
    const double change = (1.0 - static_cast<double>(lo) / static_cast<double>(hi)) * 100.0;
    return change < static_cast<double>(*percent);
}

std::optional<std::vector<SnapshotEntry>> parse_snapshot(const std::string& text,
                                                         std::string& error) {
    // forge's entry: Contract:signature (gas: N) | (runs: N, μ: A, ~: M) | (runs, calls, reverts)
    static const std::regex entry(
        R"(^(\S+:\w+\(.*?\)) (\((?:gas: (\d+)|runs: \d+, μ: \d+, ~: (\d+)|runs: \d+, calls: \d+, reverts: \d+)\))$)");
    std::vector<SnapshotEntry> out;
    std::istringstream in(text);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        std::smatch m;
        if (!std::regex_match(line, m, entry)) {
            error = fmt::format("line {}: expected 'Contract:test() (gas: N)', got '{}'", n,
                                line.size() > 80 ? line.substr(0, 80) + "..." : line);
            return std::nullopt;
        }
        SnapshotEntry e{m[1], m[2], 0};
        const std::string digits = m[3].matched ? m[3].str() : m[4].matched ? m[4].str() : "0";
        if (digits.size() > 19) {
            error = fmt::format("line {}: gas out of range", n);
            return std::nullopt;
        }
        e.gas = std::stoull(digits);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> snapshot_differences(const std::vector<SnapshotEntry>& now,
                                              const std::vector<SnapshotEntry>& before,
                                              std::optional<unsigned> tolerance) {
    std::map<std::string, const SnapshotEntry*> old;
    for (const SnapshotEntry& e : before)
        old[e.key] = &e;
    std::vector<std::string> out;
    for (const SnapshotEntry& e : now) {
        const auto it = old.find(e.key);
        if (it == old.end())
            out.push_back(
                fmt::format("No matching snapshot entry found for \"{}\" in snapshot file", e.key));
        else if (!within_tolerance(e.gas, it->second->gas, tolerance))
            out.push_back(fmt::format("Diff in \"{}\": consumed \"{}\" gas, expected \"{}\" gas",
                                      e.key, e.value, it->second->value));
    }
    return out;
}

std::vector<std::string> snapshot_diff(const std::vector<SnapshotEntry>& now,
                                       const std::vector<SnapshotEntry>& before) {
    std::map<std::string, const SnapshotEntry*> old;
    for (const SnapshotEntry& e : before)
        old[e.key] = &e;
    struct Change {
        std::string key;
        std::int64_t delta;
        std::uint64_t base;
    };
    std::vector<Change> changes;
    std::vector<std::string> added;
    std::int64_t total = 0;
    std::uint64_t base = 0;
    for (const SnapshotEntry& e : now) {
        const auto it = old.find(e.key);
        if (it == old.end()) {
            added.push_back(e.key); // nothing to compare with
            continue;
        }
        const auto delta =
            static_cast<std::int64_t>(e.gas) - static_cast<std::int64_t>(it->second->gas);
        total += delta;
        base += it->second->gas;
        if (delta != 0) changes.push_back({e.key, delta, it->second->gas});
    }
    // forge orders by the size of the relative change, smallest first.
    const auto relative = [](const Change& c) {
        return c.base == 0 ? std::numeric_limits<double>::infinity()
                           : std::abs(static_cast<double>(c.delta)) / static_cast<double>(c.base);
    };
    std::stable_sort(changes.begin(), changes.end(),
                     [&](const Change& a, const Change& b) { return relative(a) < relative(b); });
    std::vector<std::string> out;
    for (const Change& c : changes)
        out.push_back(fmt::format("{} (gas: {}{} ({}))", c.key, c.delta > 0 ? "+" : "", c.delta,
                                  percent(c.delta, c.base)));
    if (!added.empty()) {
        out.emplace_back("New tests:");
        for (const std::string& key : added)
            out.push_back("  + " + key);
    }
    out.push_back(fmt::format("Overall gas change: {} ({})", total, percent(total, base)));
    return out;
}

} // namespace mallory::cli
