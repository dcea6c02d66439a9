// `mallory test [PATH...] [--match REGEX] [-v...] [--json]`: Foundry-style tests.
#include "chain/foundry/gas_report.hpp"
#include "chain/foundry/runner.hpp"
#include "cli/commands.hpp"
#include "cli/compile_session.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <regex>

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
    std::uint32_t invariant_runs = 256;
    std::uint32_t invariant_depth = 500;
    std::uint64_t invariant_seed = 0;
    bool reentrant = false;
    bool gas_report = false;
};

/// One test contract's results.
struct Suite {
    std::string file;
    std::string contract;
    std::vector<foundry::TestResult> results;
    [[nodiscard]] std::size_t failed() const {
        return static_cast<std::size_t>(
            std::count_if(results.begin(), results.end(), [](const auto& r) { return !r.passed; }));
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

/// An invariant test's lines: forge's counts, and for a broken one the shrunk sequence.
void print_invariant(const foundry::TestResult& r, const foundry::InvariantReport& inv) {
    const std::string counts =
        fmt::format("(runs: {}, calls: {}, reverts: {})", inv.runs, inv.calls, inv.reverts);
    if (r.passed) {
        fmt::print("[PASS] {} {}\n", r.name, counts);
        return;
    }
    fmt::print("[FAIL. Reason: {}]\n", r.reason);
    if (inv.original > 0) {
        fmt::print("\t[Sequence] (original: {}, shrunk: {})\n", inv.original, inv.shrunk);
        for (const std::string& line : inv.sequence)
            fmt::print("\t\t{}\n", line);
        fmt::print("\tfound by: {}\n", inv.engine);
    }
    fmt::print(" {} {}\n", r.name, counts);
}

void print_result(const Suite& suite, const foundry::TestResult& r, int verbosity,
                  bool with_extras) {
    if (r.invariant)
        print_invariant(r, *r.invariant);
    else if (r.passed)
        fmt::print("[PASS] {} (gas: {})\n", r.name, r.gas);
    else
        fmt::print("[FAIL. Reason: {}] {} (gas: {})\n", r.reason, r.name, r.gas);
    if (!with_extras) return;
    if (verbosity >= 2 && !r.logs.empty()) {
        fmt::print("Logs:\n");
        for (const std::string& line : r.logs)
            fmt::print("  {}\n", line);
        fmt::print("\n");
    }
    if (verbosity >= 3 && !r.passed && !r.trace.empty()) fmt::print("Traces:\n{}\n", r.trace);
    (void)suite;
}

void print_text(const std::vector<Suite>& suites, int verbosity, std::size_t compile_failures) {
    std::size_t passed = 0, failed = 0;
    for (const Suite& s : suites) {
        fmt::print("Ran {} test{} for {}:{}\n", s.results.size(), s.results.size() == 1 ? "" : "s",
                   s.file, s.contract);
        for (const auto& r : s.results)
            print_result(s, r, verbosity, true);
        const std::size_t f = s.failed();
        fmt::print("Suite result: {}. {} passed; {} failed\n\n", f ? "FAILED" : "ok",
                   s.results.size() - f, f);
        passed += s.results.size() - f;
        failed += f;
    }
    fmt::print("Ran {} test suite{}: {} tests passed, {} failed\n", suites.size(),
               suites.size() == 1 ? "" : "s", passed, failed);
    if (failed) {
        fmt::print("\nFailing tests:\n");
        for (const Suite& s : suites) {
            if (!s.failed()) continue;
            fmt::print("Encountered {} failing test{} in {}:{}\n", s.failed(),
                       s.failed() == 1 ? "" : "s", s.file, s.contract);
            for (const auto& r : s.results)
                if (!r.passed) print_result(s, r, verbosity, false);
        }
        fmt::print("\n");
    }
    if (compile_failures)
        fmt::print("{} file{} failed to compile\n", compile_failures,
                   compile_failures == 1 ? "" : "s");
    fmt::print("{} passed, {} failed\n", passed, failed + compile_failures);
}

nlohmann::json invariant_json(const foundry::InvariantReport& inv) {
    nlohmann::json j{{"runs", inv.runs}, {"calls", inv.calls}, {"reverts", inv.reverts}};
    if (inv.original > 0)
        j.update({{"original", inv.original},
                  {"shrunk", inv.shrunk},
                  {"sequence", inv.sequence},
                  {"found_by", inv.engine}});
    return j;
}

void print_json(const std::vector<Suite>& suites, std::size_t compile_failures) {
    nlohmann::json tests = nlohmann::json::array();
    std::size_t passed = 0, failed = 0;
    for (const Suite& s : suites)
        for (const auto& r : s.results) {
            tests.push_back(
                {{"file", s.file},
                 {"contract", s.contract},
                 {"name", r.name},
                 {"status", r.passed ? "pass" : "fail"},
                 {"gas", std::to_string(r.gas)},
                 {"reason", r.passed ? nlohmann::json(nullptr) : nlohmann::json(r.reason)},
                 {"logs", r.logs}});
            if (r.invariant) tests.back()["invariant"] = invariant_json(*r.invariant);
            (r.passed ? passed : failed) += 1;
        }
    nlohmann::json out{{"tests", tests},
                       {"passed", passed},
                       {"failed", failed},
                       {"compile_failures", compile_failures}};
    fmt::print("{}\n", dump_json(out, 2));
}

int run_test_command(const TestCommandOptions& options) {
    ColorMode color{};
    if (!parse_color_mode(options.color, color)) {
        fmt::print(stderr, "mallory test: --color: expected auto, always or never, got '{}'\n",
                   options.color);
        return exit_usage;
    }
    foundry::TestOptions topts;
    topts.traces = options.verbosity >= 3;
    topts.limits = options.limits.limits();
    topts.invariant.runs = options.invariant_runs;
    topts.invariant.depth = options.invariant_depth;
    topts.invariant.seed = options.invariant_seed;
    topts.invariant.reentrant = options.reentrant;
    foundry::GasReport gas_report;
    if (options.gas_report) topts.gas_report = &gas_report;
    if (!options.match.empty()) {
        try {
            topts.match = std::regex(options.match, std::regex::ECMAScript);
        } catch (const std::regex_error& e) {
            fmt::print(stderr, "mallory test: --match: invalid regular expression '{}': {}\n",
                       options.match, e.what());
            return exit_usage;
        }
    }
    auto files = discover_files(options.paths);
    if (!files) return exit_usage;
    if (files->empty()) {
        fmt::print(stderr, "mallory test: no test files (*.t.sol) found\n");
        return exit_usage;
    }
    std::vector<Suite> suites;
    std::size_t compile_failures = 0;
    for (const std::string& file : *files) {
        int code = exit_ok;
        auto session = compile_files({file}, color, "test", code);
        if (!session) {
            if (code == exit_usage) return code;
            ++compile_failures;
            continue;
        }
        const foundry::ParamNames params = param_names(*session);
        topts.params = &params;
        topts.invariant.contract_paths = contract_paths(*session);
        gas_report.add_paths(topts.invariant.contract_paths);
        for (const lang::CompiledContract& c : session->output.contracts)
            if (is_test_contract(*session, c)) gas_report.exclude(c.name);
        for (const lang::CompiledContract& c : session->output.contracts) {
            if (!defined_in_root(*session, c) || !is_test_contract(*session, c)) continue;
            Suite suite{file, c.name, foundry::run_tests(c.code, topts)};
            if (!suite.results.empty()) suites.push_back(std::move(suite));
        }
    }
    std::size_t total = 0, failed = compile_failures;
    for (const Suite& s : suites) {
        total += s.results.size();
        failed += s.failed();
    }
    if (options.json)
        print_json(suites, compile_failures);
    else if (total == 0 && !compile_failures)
        fmt::print(stderr, "mallory test: no tests matched\n");
    else
        print_text(suites, options.verbosity, compile_failures);
    if (options.gas_report && !options.json && total > 0)
        fmt::print("\n{}", gas_report.empty() ? "No contract was deployed or called.\n"
                                              : gas_report.render());
    if (total == 0 && !compile_failures) return exit_failure;
    return failed ? exit_failure : exit_ok;
}

/// `--invariant-runs`, `--invariant-depth`, `--invariant-seed`, `--reentrant`.
void add_invariant_options(CLI::App* cmd, TestCommandOptions& options) {
    cmd->add_option("--invariant-runs", options.invariant_runs,
                    "Invariant tests: call sequences per invariant (default 256)")
        ->check(CLI::Range(1U, 1'000'000U));
    cmd->add_option("--invariant-depth", options.invariant_depth,
                    "Invariant tests: calls per sequence (default 500)")
        ->check(CLI::Range(1U, 1'000'000U));
    cmd->add_option("--invariant-seed", options.invariant_seed,
                    "Invariant tests: seed of the call sequences (default 0; same seed, same run)");
    cmd->add_flag("--reentrant", options.reentrant,
                  "Invariant tests: one sender is an attacker contract that re-enters the targets "
                  "from every callback it receives");
}

} // namespace

void register_test(CLI::App& app, Action& action) {
    auto options = std::make_shared<TestCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "test", "Run Foundry-style tests (*.t.sol, contracts deriving from Test)");
    cmd->add_option("paths", options->paths,
                    "Test files or directories (default: ./contracts or ./test)");
    cmd->add_option("--match", options->match,
                    "Only tests whose name (or Contract::name) matches this regex");
    cmd->add_flag("-v", options->verbosity,
                  "Verbosity: -vv prints console.log lines, -vvv traces of failing tests");
    cmd->add_flag("--json", options->json,
                  "One JSON entry per test: contract, name, status, gas, reason");
    cmd->add_option("--color", options->color, "Colour diagnostics: auto, always or never");
    add_limit_options(cmd, options->limits, "each test (deployment, setUp and the test)");
    add_invariant_options(cmd, *options);
    cmd->add_flag("--gas-report", options->gas_report,
                  "Print forge's gas table: deployment cost and size, then min/avg/median/max gas "
                  "and calls per function of every contract the tests use");
    cmd->callback(
        [options, &action] { action = [options] { return run_test_command(*options); }; });
}

} // namespace mallory::cli
