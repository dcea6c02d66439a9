// conformance_syntax [SUITE_DIR] [--expect FILE] [--filter TEXT] [--verbose]: runs solc's syntax
// tests (syntaxTests/) through Mallory's front end. Counts the invalid programs Mallory accepts
// (each must be listed in the expectation file, so the number can only go down) and the valid
// ones it accepts. Exits 1 when an invalid program is accepted that the file does not list
// (UPDATE_GOLDEN=1 rewrites it), 77 when the suite is absent.
#include "tests/conformance/suite_files.hpp"
#include "tests/conformance/syntax_runner.hpp"

#include <chrono>
#include <fmt/format.h>

namespace {

using namespace mallory::conformance;

struct Arguments {
    std::optional<std::string> suite;
    std::optional<std::string> expect;
    std::string filter;
    bool verbose = false; ///< one line per rejected valid program and per misplaced error
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
            fmt::print(stderr,
                       "conformance_syntax: unexpected argument '{}'\nusage: "
                       "conformance_syntax [SUITE_DIR] [--expect FILE] [--filter TEXT] "
                       "[--verbose]\n",
                       arg);
            return std::nullopt;
        }
    }
    return a;
}

struct Counts {
    int invalid = 0, invalid_rejected = 0, same_line = 0;
    int valid = 0, valid_accepted = 0, valid_outside_subset = 0;
    int unreadable = 0; ///< or for an EVM version Mallory does not model
    std::set<std::string> invalid_accepted;
};

void record(Counts& c, const std::string& rel, const SyntaxOutcome& o, bool verbose) {
    if (o.skipped) {
        ++c.unreadable;
        if (verbose) fmt::print("SKIP {}: {}\n", rel, o.skip_reason);
        return;
    }
    if (!o.solc_valid) {
        ++c.invalid;
        if (o.mallory_accepted)
            c.invalid_accepted.insert(rel);
        else
            ++c.invalid_rejected, c.same_line += o.same_line ? 1 : 0;
        if (verbose && !o.mallory_accepted && !o.same_line)
            fmt::print("ELSEWHERE {}: solc {}; Mallory {}\n", rel, o.solc_first_error,
                       o.mallory_first_error);
        return;
    }
    ++c.valid;
    if (o.mallory_accepted)
        ++c.valid_accepted;
    else if (o.says_outside_subset)
        ++c.valid_outside_subset;
    else if (verbose)
        fmt::print("VALID REJECTED {}: {}\n", rel, o.mallory_first_error);
}

/// Returns the number of invalid programs accepted that the expectation file does not list.
int check_expectations(const Counts& c, const std::vector<std::string>& ran,
                       const std::filesystem::path& expect_file) {
    const std::set<std::string> listed = read_list(expect_file);
    int fresh = 0;
    for (const std::string& rel : c.invalid_accepted)
        if (!listed.contains(rel)) fmt::print("NEWLY ACCEPTED INVALID {}\n", rel), ++fresh;
    int fixed = 0;
    for (const std::string& rel : ran)
        if (listed.contains(rel) && !c.invalid_accepted.contains(rel)) ++fixed;
    if (fixed > 0 && !update_golden())
        fmt::print("{} listed invalid program(s) are now rejected: UPDATE_GOLDEN=1 shortens {}\n",
                   fixed, expect_file.filename().string());
    if (update_golden())
        return rewrite_list(expect_file,
                            "# solc syntax tests (relative to syntaxTests/) that solc "
                            "rejects and Mallory still accepts: this list may only shrink.\n"
                            "# Rewritten by UPDATE_GOLDEN=1 ctest -R conformance_syntax\n",
                            c.invalid_accepted);
    return fresh;
}

} // namespace

int main(int argc, char** argv) {
    const auto args = parse_arguments(argc, argv);
    if (!args) return 2;
    const std::filesystem::path root = suite_folder(args->suite, "syntaxTests");
    if (!suite_present(root, "syntax")) return exit_suite_absent;
    const auto start = std::chrono::steady_clock::now();
    Counts c;
    std::vector<std::string> ran;
    for (const std::string& rel : list_tests(root)) {
        if (!args->filter.empty() && rel.find(args->filter) == std::string::npos) continue;
        ran.push_back(rel);
        const auto text = read_text(root / rel);
        SyntaxOutcome o;
        if (text)
            o = run_syntax_test(*text, rel);
        else
            o.skipped = true, o.skip_reason = "cannot read the file";
        record(c, rel, o, args->verbose);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const std::string& rel : c.invalid_accepted)
        fmt::print("INVALID ACCEPTED {}\n", rel);
    const int invalid_accepted = static_cast<int>(c.invalid_accepted.size());
    fmt::print("invalid programs: {}; rejected: {} ({} at the line of solc's first error); "
               "accepted: {}\n",
               c.invalid, c.invalid_rejected, c.same_line, invalid_accepted);
    fmt::print("valid programs: {}; accepted: {}; rejected as outside the subset: {}; rejected "
               "otherwise: {}\n",
               c.valid, c.valid_accepted, c.valid_outside_subset,
               c.valid - c.valid_accepted - c.valid_outside_subset);
    fmt::print("skipped (unreadable, or an earlier EVM version): {}; time: {:.1f} s\n",
               c.unreadable, seconds);
    const int fresh = args->expect ? check_expectations(c, ran, *args->expect) : 0;
    // passed: the right verdict; failed: an invalid program accepted, or a valid one rejected
    // without saying it is outside the subset; skipped: outside the subset, or unreadable.
    const int failed = invalid_accepted + (c.valid - c.valid_accepted - c.valid_outside_subset);
    fmt::print("syntax: {} passed, {} failed, {} skipped\n", c.invalid_rejected + c.valid_accepted,
               failed, c.valid_outside_subset + c.unreadable);
    return fresh > 0 ? 1 : 0;
}
