// `mallory analyze FILE...`: static candidates, the interleaving explorer, replayed witnesses.
#include "analyzer/analyzer.hpp"
#include "analyzer/world.hpp"
#include "analyzer/z3_engine.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace mallory::cli {

namespace {

struct AnalyzeOptions {
    std::vector<std::string> files;
    std::string contract, args, trust, witness_out, fail_on = "low", color = "auto";
    bool json = false, sarif = false, list_checks = false, no_prove = false;
    bool no_partial_order = false;
    int depth = 3, txs = 3, jobs = 2;
    double timeout = 60;
};

int list_checks() {
    for (const auto& c : analyzer::registry())
        fmt::print("{:<26} {:<8} {:<7} {:<7} {}\n  fix: {}\n", c->id(), c->kind(),
                   analyzer::to_string(c->severity()), c->confidence(), c->explanation(),
                   c->recommendation());
    return exit_ok;
}

int run_analyze(const AnalyzeOptions& o) {
    if (o.list_checks) return list_checks();
    if (o.files.empty()) {
        fmt::print(stderr, "mallory analyze: no input files\n");
        return exit_usage;
    }
    analyzer::Severity threshold{};
    if (!analyzer::parse_severity(o.fail_on, threshold)) {
        fmt::print(stderr, "mallory analyze: --fail-on: expected info, low, medium or high\n");
        return exit_usage;
    }
    ColorMode color_mode{};
    parse_color_mode(o.color, color_mode);
    auto program = analyzer::Program::load(o.files);
    if (!program->ok()) {
        fmt::print(stderr, "{}", program->errors(use_color(color_mode, 2)));
        return exit_usage;
    }
    if (!o.contract.empty() && !program->select(o.contract)) {
        fmt::print(stderr, "mallory analyze: no deployable contract '{}'\n", o.contract);
        return exit_usage;
    }
    std::string error;
    if (!program->set_args(o.args, &error) || !program->set_trusted(o.trust, &error)) {
        fmt::print(stderr, "mallory analyze: {}\n", error);
        return exit_usage;
    }
    analyzer::AnalyzeOptions ao;
    ao.explore.depth = o.depth;
    ao.explore.partial_order = !o.no_partial_order;
    ao.explore.txs = o.txs;
    ao.explore.jobs = o.jobs;
    ao.explore.timeout_seconds = o.timeout;
    analyzer::Z3Engine z3;
    if (!o.no_prove) ao.engines.push_back(&z3);
    const auto start = std::chrono::steady_clock::now();
    if (isatty(2))
        ao.explore.progress = [start](std::uint64_t states, std::uint64_t txs) {
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (s > 1)
                fmt::print(stderr, "\r  exploring: {} states, {} transactions, {:.1f} s", states,
                           txs, s);
        };
    analyzer::Report report = analyzer::analyze(*program, ao);
    if (isatty(2) && report.stats.seconds > 1) fmt::print(stderr, "\r\x1b[K");
    if (!o.witness_out.empty()) {
        std::filesystem::create_directories(o.witness_out);
        int n = 0;
        for (const auto& f : report.findings) {
            if (!f.witness) continue;
            const std::string base =
                fmt::format("{}/{}-{}-{}", o.witness_out, ++n, f.contract, f.check);
            std::ofstream(base + ".json") << analyzer::to_json(*f.witness).dump(2) << "\n";
            std::ofstream(base + ".t.sol") << analyzer::foundry_test(*f.witness, *program);
        }
    }
    if (o.json)
        fmt::print("{}\n", analyzer::render_json(report, MALLORY_VERSION).dump(2));
    else if (o.sarif)
        fmt::print("{}\n", analyzer::render_sarif(report, MALLORY_VERSION).dump(2));
    else
        fmt::print("{}", analyzer::render_text(report, *program, use_color(color_mode, 1)));
    for (const auto& f : report.findings)
        if (f.severity >= threshold) return exit_failure;
    return exit_ok;
}

} // namespace

void register_analyze(CLI::App& app, Action& action) {
    auto o = std::make_shared<AnalyzeOptions>();
    CLI::App* cmd = app.add_subcommand(
        "analyze", "Find reentrancy and invariant violations, with replayable witnesses");
    cmd->add_option("files", o->files, "Solidity files (.sol)");
    cmd->add_option("--contract", o->contract, "Analyze only this contract");
    cmd->add_option("--args", o->args, "Constructor arguments: 'v1,v2' or 'Name:v1,v2;Other:v3'");
    cmd->add_option("--trust", o->trust,
                    "Addresses you vouch for, not attacker code: constructor parameter names or "
                    "0x addresses, comma-separated");
    cmd->add_flag("--json", o->json, "Print the report as JSON");
    cmd->add_flag("--sarif", o->sarif, "Print the report as SARIF 2.1.0");
    cmd->add_option("--witness-out", o->witness_out,
                    "Write each witness as JSON and as a Foundry test");
    cmd->add_option("--depth", o->depth, "Re-entries per transaction (default 3)");
    cmd->add_flag("--no-partial-order", o->no_partial_order,
                  "Explore every order of independent transactions (comparisons)");
    cmd->add_option("--txs", o->txs, "Transactions per sequence (default 3)");
    cmd->add_option("--jobs", o->jobs, "Threads (results are identical for any number)");
    cmd->add_option("--timeout", o->timeout, "Seconds before the search stops (default 60)");
    cmd->add_flag("--no-prove", o->no_prove, "Do not try to prove properties with the Z3 engine");
    cmd->add_option("--fail-on", o->fail_on,
                    "Lowest severity that makes the exit code 1 (default low)");
    cmd->add_option("--color", o->color, "auto, always or never");
    cmd->add_flag("--list-checks", o->list_checks, "Print the check registry");
    cmd->callback([o, &action] { action = [o] { return run_analyze(*o); }; });
}

} // namespace mallory::cli
