#pragma once
// What `mallory test` prints, in forge's formats: the text report (one line per test, a
// summary per suite with its timing, the run's summary and the failing tests again), the same
// as JSON (--json), as JUnit XML (--junit) for CI systems, and the list of selected tests
// without running them (--list, text or JSON). Every renderer reads the same structs.

#include "chain/foundry/runner.hpp"

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mallory::cli {

/// One test contract's results.
struct TestSuite {
    std::string file;
    std::string contract;
    std::vector<chain::foundry::TestResult> results;
    std::chrono::nanoseconds wall{0}; ///< running the suite
    std::chrono::nanoseconds cpu{0};  ///< processor time spent on it
    [[nodiscard]] std::size_t failed() const;
    [[nodiscard]] std::size_t skipped() const;
    [[nodiscard]] std::size_t passed() const { return results.size() - failed() - skipped(); }
};

/// Totals over every suite, and the time of the whole run.
struct TestRun {
    std::vector<TestSuite> suites;
    std::size_t compile_failures = 0;
    std::chrono::nanoseconds wall{0};
    std::chrono::nanoseconds cpu{0};
};

/// A duration as forge prints it: "812.35µs", "1.23ms", "2.50s".
std::string format_duration(std::chrono::nanoseconds d);

/// forge's result line: "[PASS] testX() (gas: 123)", "[FAIL: reason] testX() (gas: 123)",
/// "[PASS] testFuzz(uint256) (runs: 256, μ: 1, ~: 1)", "[SKIP] testS() (gas: 0)".
std::string result_line(const chain::foundry::TestResult& r);

void print_test_text(const TestRun& run, int verbosity);
nlohmann::json test_json(const TestRun& run);
std::string test_junit(const TestRun& run);

/// The tests a run would execute: file -> contract -> bare test names.
using TestList = std::vector<
    std::pair<std::string, std::vector<std::pair<std::string, std::vector<std::string>>>>>;
void print_test_list(const TestList& list, bool json);

} // namespace mallory::cli
