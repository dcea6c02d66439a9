// `mallory test [PATH...] [--match-test RE] [--match-contract RE] [--match-path GLOB]
// [--no-match-*] [--fuzz-runs N] [--fuzz-seed S] [--invariant-runs N] [--invariant-depth N]
// [--reentrant] [--gas-report] [--list] [--json|--junit] [-v...]`: Foundry-style tests, with
// forge's flags and output (test_report.hpp).
#include "chain/foundry/fuzz.hpp"
#include "chain/foundry/gas_report.hpp"
#include "chain/foundry/runner.hpp"
#include "cli/commands.hpp"
#include "cli/compile_session.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "cli/gas_snapshot.hpp"
#include "cli/test_report.hpp"

#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <regex>
#include <sstream>

namespace mallory::cli {

namespace {

namespace fs = std::filesystem;
namespace foundry = chain::foundry;

struct TestCommandOptions {
    std::vector<std::string> paths;
    std::string match;
    int verbosity = 0;
    bool json = false;
    std::string color = "auto";
    LimitOptions limits;
    // forge's selection flags
    std::string match_test, no_match_test, match_contract, no_match_contract;
    std::string match_path, no_match_path;
    bool list = false;
    bool junit = false;
    std::size_t fuzz_runs = 256;
    std::string fuzz_seed;
    std::uint32_t invariant_runs = 256;
    std::uint32_t invariant_depth = 500;
    std::optional<std::uint64_t> invariant_seed;
    bool reentrant = false;
    bool gas_report = false;
    std::vector<std::string> remaps;
    // mallory snapshot
    bool snapshot = false;
    std::string snap = ".gas-snapshot";
    bool check = false;
    bool diff = false;
    std::string check_path; ///< --check FILE (else --snap)
    std::string diff_path;  ///< --diff FILE (else --snap)
    std::optional<unsigned> tolerance;
    SnapshotSelection selection;
    bool ascending = false;
    bool descending = false;

    /// The file --check/--diff compare with: the one they name, else --snap.
    [[nodiscard]] const std::string& compared_file() const {
        const std::string& named = check ? check_path : diff_path;
        return named.empty() ? snap : named;
    }
};

/// The *.t.sol files under the paths (a file named explicitly is taken as it is), sorted per
/// directory; nullopt after printing why on a missing path.
std::optional<std::vector<std::string>> discover_files(std::vector<std::string> paths) {
    if (paths.empty()) {
        for (const char* dir : {"contracts", "test"})
            if (fs::is_directory(dir)) {
                paths.emplace_back(dir);
                break;
            }
        if (paths.empty()) {
            fmt::print(stderr, "mallory test: no contracts/ or test/ directory here; name the test "
                               "files or directories\n");
            return std::nullopt;
        }
    }
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) {
            files.push_back(p);
        } else if (fs::is_directory(p, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(p, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file() && it->path().filename().string().ends_with(".t.sol"))
                    found.push_back(it->path().generic_string());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            fmt::print(stderr, "mallory test: cannot read '{}': no such file or directory\n", p);
            return std::nullopt;
        }
    }
    return files;
}

/// The source file of each compiled contract, for the `addr=[path:Contract]` of a sequence.
std::map<std::string, std::string> contract_paths(const CompileSession& session) {
    std::map<std::string, std::string> out;
    for (const lang::CompiledContract& c : session.output.contracts)
        if (c.info) out[c.name] = session.front.sources.file(c.info->span.file).path();
    return out;
}

/// Compiles `pattern` as a regex for `flag`; false after printing why it is not one.
bool compile_regex(const std::string& flag, const std::string& pattern,
                   std::optional<std::regex>& out) {
    if (pattern.empty()) return true;
    try {
        out = std::regex(pattern, std::regex::ECMAScript);
        return true;
    } catch (const std::regex_error& e) {
        fmt::print(stderr, "mallory test: {}: invalid regular expression '{}': {}\n", flag, pattern,
                   e.what());
        return false;
    }
}

/// A seed as forge takes it: a 256-bit number, decimal or 0x-hex (no units, unlike amounts).
std::optional<vm::U256> parse_seed(const std::string& text) {
    const bool hex = text.starts_with("0x") || text.starts_with("0X");
    const std::string_view digits = std::string_view(text).substr(hex ? 2 : 0);
    const auto ok = [&](char c) {
        return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : (c >= '0' && c <= '9');
    };
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ok)) return std::nullopt;
    return foundry::parse_amount(text);
}

/// The runner's options from the command line; nullopt after printing a usage error.
std::optional<foundry::TestOptions> runner_options(const TestCommandOptions& o) {
    foundry::TestOptions t;
    // forge's levels: -vvv traces of failing tests, -vvvv of every test and setUp's of failing
    // ones, -vvvvv setUp's of every test too.
    t.traces = o.verbosity >= 3;
    t.passing_traces = o.verbosity >= 4;
    t.setup_traces = o.verbosity >= 4;
    t.limits = o.limits.limits();
    foundry::TestFilter& f = t.filter;
    if (!compile_regex("--match", o.match, t.match) ||
        !compile_regex("--match-test", o.match_test, f.match_test) ||
        !compile_regex("--no-match-test", o.no_match_test, f.no_match_test) ||
        !compile_regex("--match-contract", o.match_contract, f.match_contract) ||
        !compile_regex("--no-match-contract", o.no_match_contract, f.no_match_contract))
        return std::nullopt;
    if (!o.match_path.empty()) f.match_path = o.match_path;
    if (!o.no_match_path.empty()) f.no_match_path = o.no_match_path;
    if (o.fuzz_runs == 0) {
        fmt::print(stderr, "mallory test: --fuzz-runs: expected at least 1 run, got 0\n");
        return std::nullopt;
    }
    t.fuzz.runs = o.fuzz_runs;
    t.invariant.runs = o.invariant_runs;
    t.invariant.depth = o.invariant_depth;
    t.invariant.reentrant = o.reentrant;
    if (!o.fuzz_seed.empty()) {
        const auto seed = parse_seed(o.fuzz_seed);
        if (!seed) {
            fmt::print(
                stderr,
                "mallory test: --fuzz-seed: expected a decimal or 0x-hex number below 2^256, "
                "got '{}'\n",
                o.fuzz_seed);
            return std::nullopt;
        }
        t.fuzz.seed = *seed;
    }
    // forge seeds its invariant campaigns with --fuzz-seed too; --invariant-seed, Mallory's own,
    // takes precedence.
    t.invariant.seed = o.invariant_seed      ? *o.invariant_seed
                       : o.fuzz_seed.empty() ? 0
                                             : foundry::fuzz_seed(t.fuzz.seed, "invariant");
    return t;
}

/// forge-std, wherever it comes from (built in, or a project's lib/forge-std): its helpers'
/// constants are the second tier of a fuzz dictionary.
bool is_forge_std(std::string_view path) {
    return path.starts_with("forge-std/") || path.find("/forge-std/") != std::string_view::npos;
}

/// The constants of every contract compiled from one file: the fuzz dictionary of its tests.
foundry::FuzzDictionary file_constants(const CompileSession& session) {
    foundry::FuzzDictionary out;
    for (const lang::CompiledContract& c : session.output.contracts)
        if (c.code) out.merge(foundry::code_constants(*c.code, is_forge_std));
    std::vector<vm::U256> names;
    for (const lang::CompiledContract& c : session.output.contracts)
        if (c.code)
            for (const vm::U256& n : foundry::abi_names(*c.code))
                names.push_back(n);
    out.demote(names);
    return out;
}

/// The selected tests of a compiled file, by contract, for --list.
std::vector<std::pair<std::string, std::vector<std::string>>>
list_file(const CompileSession& session, const foundry::TestOptions& topts) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const lang::CompiledContract& c : session.output.contracts) {
        if (!defined_in_root(session, c) || !is_test_contract(session, c)) continue;
        std::vector<std::string> names;
        for (const std::string& t : foundry::discover_tests(*c.code))
            if (foundry::selected(c.name, t, topts)) names.push_back(foundry::bare_name(t));
        for (const std::string& t : foundry::discover_invariants(*c.code))
            if (foundry::selected(c.name, t, topts)) names.push_back(foundry::bare_name(t));
        if (!names.empty()) out.emplace_back(c.name, std::move(names));
    }
    return out;
}

std::chrono::nanoseconds cpu_now() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double>(static_cast<double>(std::clock()) / CLOCKS_PER_SEC));
}

/// Runs the test contracts of one compiled file into `run`.
void run_file(const std::string& file, const CompileSession& session, foundry::TestOptions& topts,
              TestRun& run) {
    const foundry::ParamNames params = param_names(session);
    topts.params = &params;
    topts.fuzz.dictionary = file_constants(session);
    topts.artifacts = artifacts_of(session);
    for (const lang::CompiledContract& c : session.output.contracts) {
        if (!defined_in_root(session, c) || !is_test_contract(session, c)) continue;
        if (!topts.filter.selects_contract(c.name)) continue;
        const auto wall = std::chrono::steady_clock::now();
        const auto cpu = cpu_now();
        TestSuite suite{file, c.name, foundry::run_tests(c.code, topts)};
        suite.wall = std::chrono::steady_clock::now() - wall;
        suite.cpu = cpu_now() - cpu;
        if (!suite.results.empty()) run.suites.push_back(std::move(suite));
    }
    topts.params = nullptr;
}

int report(const TestCommandOptions& options, const TestRun& run) {
    std::size_t total = 0, failed = run.compile_failures;
    for (const TestSuite& s : run.suites) {
        total += s.results.size();
        failed += s.failed();
    }
    if (options.json)
        fmt::print("{}\n", dump_json(test_json(run), 2));
    else if (options.junit)
        fmt::print("{}", test_junit(run));
    else if (total == 0 && !run.compile_failures)
        fmt::print(stderr, "mallory test: no tests matched\n");
    else
        print_test_text(run, options.verbosity);
    if (total == 0 && !run.compile_failures) return exit_failure;
    return failed ? exit_failure : exit_ok;
}

/// Reads and parses a snapshot file; nullopt after printing why.
std::optional<std::vector<SnapshotEntry>> read_snapshot(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        fmt::print(stderr,
                   "mallory snapshot: cannot read '{}' (write one with `mallory snapshot` "
                   "first)\n",
                   path);
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string error;
    auto entries = parse_snapshot(text.str(), error);
    if (!entries) fmt::print(stderr, "mallory snapshot: {}: {}\n", path, error);
    return entries;
}

/// After the tests ran: compare with the snapshot file (--check, --diff) or write it. Only a
/// run where every test passed is written, as forge does.
int finish_snapshot(const TestCommandOptions& o, const TestRun& run) {
    const int status = report(o, run);
    if (status != exit_ok) {
        fmt::print(stderr, "mallory snapshot: some tests failed; '{}' was not {}\n", o.snap,
                   o.check || o.diff ? "compared" : "written");
        return status;
    }
    const std::vector<SnapshotEntry> now = select_entries(snapshot_entries(run), o.selection);
    if (o.check || o.diff) {
        const std::string& file = o.compared_file();
        const auto before = read_snapshot(file);
        if (!before) return exit_failure;
        if (o.diff)
            for (const std::string& line : snapshot_diff(now, *before))
                fmt::print("{}\n", line);
        if (!o.check) return exit_ok;
        const std::vector<std::string> differences =
            snapshot_differences(now, *before, o.tolerance);
        for (const std::string& line : differences)
            fmt::print("{}\n", line);
        if (differences.empty()) return exit_ok;
        fmt::print(stderr, "mallory snapshot: snapshots differ from '{}'\n", file);
        return exit_failure;
    }
    const std::string temp = o.snap + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        // The file stays sorted by name whatever --asc/--desc say (forge does the same).
        std::vector<SnapshotEntry> by_name = now;
        std::stable_sort(
            by_name.begin(), by_name.end(),
            [](const SnapshotEntry& a, const SnapshotEntry& b) { return a.key < b.key; });
        for (const SnapshotEntry& e : by_name)
            out << e.line() << "\n";
        if (!out) {
            fmt::print(stderr, "mallory snapshot: cannot write '{}'\n", o.snap);
            return exit_usage;
        }
    }
    std::error_code ec;
    fs::rename(temp, o.snap, ec);
    if (ec) {
        fmt::print(stderr, "mallory snapshot: cannot write '{}': {}\n", o.snap, ec.message());
        return exit_usage;
    }
    fmt::print("Wrote {} entr{} to {}\n", now.size(), now.size() == 1 ? "y" : "ies", o.snap);
    return exit_ok;
}

int run_test_command(const TestCommandOptions& options) {
    ColorMode color{};
    if (!parse_color_mode(options.color, color)) {
        fmt::print(stderr, "mallory test: --color: expected auto, always or never, got '{}'\n",
                   options.color);
        return exit_usage;
    }
    if (options.json && options.junit) {
        fmt::print(stderr, "mallory test: --json and --junit cannot be used together\n");
        return exit_usage;
    }
    auto topts = runner_options(options);
    if (!topts) return exit_usage;
    const auto front = frontend_options(options.remaps, "test");
    if (!front) return exit_usage;
    foundry::GasReport gas_report;
    if (options.gas_report) topts->gas_report = &gas_report;
    auto files = discover_files(options.paths);
    if (!files) return exit_usage;
    if (files->empty()) {
        fmt::print(stderr, "mallory test: no test files (*.t.sol) found\n");
        return exit_usage;
    }
    std::erase_if(*files, [&](const std::string& f) { return !topts->filter.selects_path(f); });
    if (files->empty()) {
        fmt::print(stderr, "mallory test: no tests matched (no test file matches the path "
                           "filters)\n");
        return exit_failure;
    }
    TestRun run;
    TestList list;
    const auto wall = std::chrono::steady_clock::now();
    const auto cpu = cpu_now();
    for (const std::string& file : *files) {
        int code = exit_ok;
        auto session = compile_files({file}, color, "test", code, *front);
        if (!session) {
            if (code == exit_usage) return code;
            ++run.compile_failures;
            continue;
        }
        if (options.list) {
            auto contracts = list_file(*session, *topts);
            if (!contracts.empty()) list.emplace_back(file, std::move(contracts));
            continue;
        }
        topts->invariant.contract_paths = contract_paths(*session);
        gas_report.add_paths(topts->invariant.contract_paths);
        for (const lang::CompiledContract& c : session->output.contracts)
            if (is_test_contract(*session, c)) gas_report.exclude(c.name);
        run_file(file, *session, *topts, run);
    }
    run.wall = std::chrono::steady_clock::now() - wall;
    run.cpu = cpu_now() - cpu;
    if (options.list) {
        print_test_list(list, options.json);
        return run.compile_failures ? exit_failure : exit_ok;
    }
    if (options.snapshot) return finish_snapshot(options, run);
    const int status = report(options, run);
    if (options.gas_report && !options.json && !options.junit && !run.suites.empty())
        fmt::print("\n{}", gas_report.empty() ? "No contract was deployed or called.\n"
                                              : gas_report.render());
    return status;
}

/// `--invariant-runs`, `--invariant-depth`, `--invariant-seed`, `--reentrant`.
void add_invariant_options(CLI::App* cmd, TestCommandOptions& options) {
    cmd->add_option("--invariant-runs", options.invariant_runs,
                    "Invariant tests: call sequences per invariant (default 256)")
        ->check(CLI::Range(1U, 1'000'000U));
    cmd->add_option("--invariant-depth", options.invariant_depth,
                    "Invariant tests: calls per sequence (default 500)")
        ->check(CLI::Range(1U, 1'000'000U));
    cmd->add_option(
        "--invariant-seed", options.invariant_seed,
        "Invariant tests: seed of the call sequences (default: from --fuzz-seed, else 0; "
        "same seed, same run)");
    cmd->add_flag("--reentrant", options.reentrant,
                  "Invariant tests: one sender is an attacker contract that re-enters the targets "
                  "from every callback it receives");
}

/// The options `test` and `snapshot` share: forge's test options.
void add_test_options(CLI::App* cmd, const std::shared_ptr<TestCommandOptions>& options) {
    cmd->add_option("paths", options->paths,
                    "Test files or directories (default: ./contracts or ./test)");
    cmd->add_option("--match", options->match,
                    "Only tests whose name() (or Contract::name()) matches this regex");
    cmd->add_option("--match-test,--mt", options->match_test,
                    "Only tests whose function name matches this regex (as forge)");
    cmd->add_option("--no-match-test,--nmt", options->no_match_test,
                    "Skip tests whose function name matches this regex");
    cmd->add_option("--match-contract,--mc", options->match_contract,
                    "Only test contracts whose name matches this regex");
    cmd->add_option("--no-match-contract,--nmc", options->no_match_contract,
                    "Skip test contracts whose name matches this regex");
    cmd->add_option("--match-path,--mp", options->match_path,
                    "Only test files whose path matches this glob (or regex)");
    cmd->add_option("--no-match-path,--nmp", options->no_match_path,
                    "Skip test files whose path matches this glob (or regex)");
    cmd->add_option("--fuzz-runs", options->fuzz_runs,
                    "Accepted inputs per fuzz test (tests with parameters); default 256");
    cmd->add_option("--fuzz-seed", options->fuzz_seed,
                    "Seed of the fuzz inputs (decimal or 0x-hex); default fixed, so runs repeat");
    cmd->add_flag("--list", options->list, "List the selected tests without running them");
    cmd->add_flag("--junit", options->junit, "Print the results as JUnit XML");
    cmd->add_flag("-v", options->verbosity,
                  "Verbosity: -vv prints console.log lines, -vvv traces of failing tests, -vvvv "
                  "of every test (with setUp's for failing ones), -vvvvv setUp's of every test");
    cmd->add_flag("--json", options->json,
                  "One JSON entry per test: contract, name, status, gas, reason, fuzz");
    cmd->add_option("--color", options->color, "Colour diagnostics: auto, always or never");
    add_limit_options(cmd, options->limits, "each test (deployment, setUp and the test)");
    add_invariant_options(cmd, *options);
    add_remap_option(cmd, options->remaps);
    cmd->add_flag("--gas-report", options->gas_report,
                  "Print forge's gas table: deployment cost and size, then min/avg/median/max gas "
                  "and calls per function of every contract the tests use");
}

} // namespace

void register_test(CLI::App& app, Action& action) {
    auto options = std::make_shared<TestCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "test", "Run Foundry-style tests (*.t.sol, contracts deriving from Test)");
    add_test_options(cmd, options);
    cmd->callback(
        [options, &action] { action = [options] { return run_test_command(*options); }; });
}

void register_snapshot(CLI::App& app, Action& action) {
    auto options = std::make_shared<TestCommandOptions>();
    options->snapshot = true;
    CLI::App* cmd = app.add_subcommand(
        "snapshot", "Run the tests and write each passing test's gas to .gas-snapshot (forge's "
                    "format), or compare with it (--check, --diff)");
    add_test_options(cmd, options);
    cmd->add_option("--snap", options->snap, "The snapshot file (default .gas-snapshot)");
    CLI::Option* check =
        cmd->add_option("--check", options->check_path,
                        "Compare with the snapshot file (FILE, else --snap) instead of writing "
                        "it; exit 1 if they differ")
            ->expected(0, 1)
            ->type_name("[FILE]");
    CLI::Option* diff =
        cmd->add_option("--diff", options->diff_path,
                        "Print each test's gas change against the snapshot file (FILE, else "
                        "--snap), and the overall change")
            ->expected(0, 1)
            ->type_name("[FILE]");
    cmd->add_option("--tolerance", options->tolerance,
                    "With --check: accept gas changes below this percentage (0-100)")
        ->check(CLI::Range(0U, 100U));
    cmd->add_option("--min", options->selection.min_gas,
                    "Only include tests that used at least this much gas");
    cmd->add_option("--max", options->selection.max_gas,
                    "Only include tests that used at most this much gas");
    CLI::Option* asc =
        cmd->add_flag("--asc", options->ascending, "Order the comparison by gas used, ascending");
    cmd->add_flag("--desc", options->descending, "Order the comparison by gas used, descending")
        ->excludes(asc);
    cmd->callback([options, check, diff, &action] {
        options->check = check->count() > 0;
        options->diff = diff->count() > 0;
        // `--check test/` reads like forge's optional value but names tests: a directory or a
        // .sol file is never a snapshot file, so it goes back to the test paths.
        for (std::string* named : {&options->check_path, &options->diff_path})
            if (!named->empty() && (named->ends_with(".sol") || fs::is_directory(*named))) {
                options->paths.push_back(*named);
                named->clear();
            }
        using Order = SnapshotSelection::Order;
        options->selection.order = options->ascending    ? Order::ascending
                                   : options->descending ? Order::descending
                                                         : Order::name;
        action = [options] { return run_test_command(*options); };
    });
}

} // namespace mallory::cli
