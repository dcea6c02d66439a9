// conformance_semantic [SUITE_DIR] [--expect FILE] [--filter TEXT] [--verbose]: runs solc's
// semantic tests (semanticTests/) on Mallory. Prints one line per failure with its first mismatch,
// the skips by reason, and `N passed, M failed, K skipped`. Exits 1 when a test listed in the
// expectation file no longer passes (UPDATE_GOLDEN=1 rewrites the file), 77 when the suite is
// absent.
#include "tests/conformance/semantic_runner.hpp"
#include "tests/conformance/suite_files.hpp"

#include <chrono>
#include <cstring>
#include <fmt/format.h>
#include <map>

namespace {

using namespace mallory::conformance;

struct Arguments {
    std::optional<std::string> suite;
    std::optional<std::string> expect;
    std::string filter;
    bool verbose = false; ///< also one line per skipped test, with its cause
};

std::optional<Arguments> parse_arguments(int argc, char** argv) {
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--expect" && has_value)
            a.expect = argv[++i];
        else if (arg == "--filter" && has_value)
            a.filter = argv[++i];
        else if (arg == "--verbose")
            a.verbose = true;
        else if (!arg.starts_with("--") && !a.suite)
            a.suite = arg;
        else {
            fmt::print(
                stderr,
                "conformance_semantic: unexpected argument '{}'\nusage: "
                "conformance_semantic [SUITE_DIR] [--expect FILE] [--filter TEXT] [--verbose]\n",
                arg);
            return std::nullopt;
        }
    }
    return a;
}

struct Tally {
    std::set<std::string> passed;
    std::map<std::string, std::string> failed; ///< path -> first mismatch
    std::map<std::string, int> skip_reasons;
    int skipped = 0;
};

TestOutcome run_one(const std::filesystem::path& file, const std::string& rel) {
    const auto text = read_text(file);
    if (!text) return {Verdict::Failed, "cannot read the file", {}};
    try {
        SemanticOptions options;
        options.test_directory = file.parent_path();
        return run_semantic_test(*text, rel, options);
    } catch (const std::exception& e) { // a bug in Mallory, reported as a failure of this test
        return {Verdict::Failed, std::string("exception: ") + e.what(), {}};
    }
}

/// Compares with the expectation file; returns the number of regressions.
int check_expectations(const Tally& t, const std::vector<std::string>& ran,
                       const std::filesystem::path& expect_file) {
    const std::set<std::string> expected = read_list(expect_file);
    int regressions = 0;
    for (const std::string& rel : ran) {
        if (expected.contains(rel) && !t.passed.contains(rel)) {
            const auto f = t.failed.find(rel);
            fmt::print("REGRESSION {}: {}\n", rel, f != t.failed.end() ? f->second : "skipped");
            ++regressions;
        }
    }
    int fresh = 0;
    for (const std::string& rel : t.passed)
        if (!expected.contains(rel)) fmt::print("NEW PASS {}\n", rel), ++fresh;
    if (fresh > 0 && !update_golden())
        fmt::print("{} test(s) pass that {} does not list (UPDATE_GOLDEN=1 rewrites it)\n", fresh,
                   expect_file.filename().string());
    if (update_golden())
        return rewrite_list(expect_file,
                            "# solc semantic tests that pass on Mallory (relative to "
                            "semanticTests/); a listed test that fails is a regression.\n"
                            "# Rewritten by UPDATE_GOLDEN=1 ctest -R conformance_semantic\n",
                            t.passed);
    return regressions;
}

} // namespace

int main(int argc, char** argv) {
    const auto args = parse_arguments(argc, argv);
    if (!args) return 2;
    const std::filesystem::path root = suite_folder(args->suite, "semanticTests");
    if (!suite_present(root, "semantic")) return exit_suite_absent;
    const auto start = std::chrono::steady_clock::now();
    Tally t;
    std::vector<std::string> ran;
    for (const std::string& rel : list_tests(root)) {
        if (!args->filter.empty() && rel.find(args->filter) == std::string::npos) continue;
        ran.push_back(rel);
        const TestOutcome o = run_one(root / rel, rel);
        if (o.verdict == Verdict::Passed)
            t.passed.insert(rel);
        else if (o.verdict == Verdict::Failed)
            t.failed[rel] = o.reason;
        else
            ++t.skipped, ++t.skip_reasons[o.reason];
        if (args->verbose && o.verdict == Verdict::Skipped)
            fmt::print("SKIP {}: {}: {}\n", rel, o.reason, o.detail);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& [rel, why] : t.failed)
        fmt::print("FAIL {}: {}\n", rel, why);
    fmt::print("skipped, by reason (outside the subset):\n");
    for (const auto& [reason, n] : t.skip_reasons)
        fmt::print("  {:5} {}\n", n, reason);
    const std::size_t accepted = t.passed.size() + t.failed.size();
    fmt::print("accepted by Mallory: {} of {} tests; time: {:.1f} s\n", accepted, ran.size(),
               seconds);
    const int regressions = args->expect ? check_expectations(t, ran, *args->expect) : 0;
    fmt::print("semantic: {} passed, {} failed, {} skipped\n", t.passed.size(), t.failed.size(),
               t.skipped);
    return regressions > 0 ? 1 : 0;
}
