// `mallory analyze FILE...`: static candidates, the interleaving explorer, replayed witnesses.
#include "analyzer/analyzer.hpp"
#include "analyzer/witness_out.hpp"
#include "analyzer/world.hpp"
#include "analyzer/z3_engine.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "cli/terminal.hpp"
#include "lang/diagnostic_json.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <unistd.h>

namespace mallory::cli {

namespace {

struct AnalyzeOptions {
    std::vector<std::string> files;
    std::string contract, args, trust, witness_out, fail_on = "low", color = "auto";
    bool json = false, sarif = false, list_checks = false, no_prove = false, require_proof = false;
    bool no_partial_order = false;
    int depth = 3, txs = 3, max_txs = 6, jobs = 2;
    double timeout = 60;
    std::vector<std::string> remaps;
};

int list_checks(bool json) {
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& c : analyzer::registry()) {
        if (json)
            checks.push_back({{"id", std::string(analyzer::to_string(c->id()))},
                              {"kind", std::string(c->kind())},
                              {"severity", analyzer::to_string(c->severity())},
                              {"confidence", std::string(c->confidence())},
                              {"explanation", std::string(c->explanation())},
                              {"recommendation", std::string(c->recommendation())}});
        else
            fmt::print("{:<26} {:<8} {:<7} {:<7} {}\n  fix: {}\n", analyzer::to_string(c->id()),
                       c->kind(), analyzer::to_string(c->severity()), c->confidence(),
                       c->explanation(), c->recommendation());
    }
    if (json) fmt::print("{}\n", dump_json(nlohmann::json{{"checks", checks}}, 2));
    return exit_ok;
}

/// An analysis that cannot start: the message on stderr and, with --json or --sarif, a
/// document with the diagnostics on stdout (CI never gets an empty file).
int refuse(const AnalyzeOptions& o, int code, const std::string& text,
           nlohmann::json diagnostics = nullptr) {
    fmt::print(stderr, "{}", text);
    if (diagnostics.is_null())
        diagnostics =
            nlohmann::json::array({{{"severity", "error"},
                                    {"message", text.substr(0, text.find_last_not_of('\n') + 1)}}});
    if (o.json)
        fmt::print("{}\n", dump_json(analyzer::render_json_error(diagnostics, MALLORY_VERSION), 2));
    else if (o.sarif)
        fmt::print("{}\n",
                   dump_json(analyzer::render_sarif_error(diagnostics, MALLORY_VERSION), 2));
    return code;
}

/// The first usage error in the options, if any.
std::optional<std::string> usage_error(const AnalyzeOptions& o) {
    if (o.files.empty()) return "no input files";
    if (o.json && o.sarif) return "--json and --sarif exclude each other";
    if (o.depth <= 0) return fmt::format("--depth: expected a positive number, got {}", o.depth);
    if (o.txs <= 0) return fmt::format("--txs: expected a positive number, got {}", o.txs);
    if (o.max_txs <= 0)
        return fmt::format("--max-txs: expected a positive number, got {}", o.max_txs);
    if (o.jobs <= 0) return fmt::format("--jobs: expected a positive number, got {}", o.jobs);
    if (!(o.timeout > 0))
        return fmt::format("--timeout: expected a positive number of seconds, got {}", o.timeout);
    analyzer::Severity threshold{};
    if (!analyzer::parse_severity(o.fail_on, threshold))
        return "--fail-on: expected info, low, medium or high";
    ColorMode color{};
    if (!parse_color_mode(o.color, color)) return "--color: expected auto, always or never";
    std::error_code ec;
    if (!o.witness_out.empty() && std::filesystem::exists(o.witness_out, ec) &&
        !std::filesystem::is_directory(o.witness_out, ec))
        return fmt::format("--witness-out: '{}' exists and is not a directory", o.witness_out);
    for (const std::string& f : o.files) {
        if (!std::filesystem::is_regular_file(f, ec))
            return fmt::format("cannot read '{}': no such file", f);
    }
    return std::nullopt;
}

/// Loads the program; nullptr (after refusing) when it does not compile or lacks a target.
std::unique_ptr<analyzer::Program> load_program(const AnalyzeOptions& o, ColorMode color,
                                                int& code) {
    std::string bad_remap;
    lang::FrontendOptions front;
    for (const std::string& text : o.remaps) {
        auto remapping = lang::parse_remapping(text, &bad_remap);
        if (!remapping) {
            code = exit_usage;
            refuse(o, code, fmt::format("mallory analyze: --remap '{}': {}\n", text, bad_remap));
            return nullptr;
        }
        front.remappings.push_back(std::move(*remapping));
    }
    auto program = analyzer::Program::load(o.files, front);
    code = exit_failure; // input errors (LANGUAGE.md: the program is wrong, not the command)
    if (!program->ok()) {
        nlohmann::json diagnostics = nullptr;
        if (!program->front().ok())
            diagnostics = lang::to_json(program->sources(), program->front().diagnostics.sorted());
        std::string text = program->errors(use_color(color, 2));
        if (program->front().ok() && text == "no deployable contract to analyze\n")
            text = fmt::format("mallory analyze: {}: no deployable contract to analyze (no "
                               "contract with code in the files given)\n",
                               fmt::join(o.files, ", "));
        refuse(o, code, text, diagnostics);
        return nullptr;
    }
    if (!o.contract.empty() && !program->select(o.contract)) {
        refuse(
            o, exit_usage,
            fmt::format("mallory analyze: --contract: no deployable contract '{}'\n", o.contract));
        code = exit_usage;
        return nullptr;
    }
    std::string error;
    if (!program->set_args(o.args, &error)) {
        refuse(o, exit_usage, fmt::format("mallory analyze: --args: {}\n", error));
        code = exit_usage;
        return nullptr;
    }
    if (!program->set_trusted(o.trust, &error)) {
        refuse(o, exit_usage, fmt::format("mallory analyze: {}\n", error));
        code = exit_usage;
        return nullptr;
    }
    return program;
}

int run_analyze(const AnalyzeOptions& o) {
    if (o.list_checks) return list_checks(o.json);
    if (auto e = usage_error(o)) return refuse(o, exit_usage, "mallory analyze: " + *e + "\n");
    analyzer::Severity threshold{};
    analyzer::parse_severity(o.fail_on, threshold);
    ColorMode color_mode{};
    parse_color_mode(o.color, color_mode);
    int code = exit_ok;
    auto program = load_program(o, color_mode, code);
    if (!program) return code;
    analyzer::AnalyzeOptions ao;
    ao.explore.depth = o.depth;
    ao.explore.partial_order = !o.no_partial_order;
    ao.explore.txs = o.txs;
    ao.explore.max_txs = o.max_txs; // below --txs: no directed levels
    ao.explore.jobs = o.jobs;
    ao.explore.timeout_seconds = o.timeout;
    analyzer::Z3Engine z3;
    if (!o.no_prove) ao.engines.push_back(&z3);
    ao.require_proof = o.require_proof;
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
    if (isatty(2) && report.seconds > 1) fmt::print(stderr, "\r\x1b[K");
    std::optional<std::string> witness_error;
    if (!o.witness_out.empty())
        witness_error = analyzer::write_witnesses(report, *program, o.witness_out);
    if (o.json)
        fmt::print("{}\n", dump_json(analyzer::render_json(report, MALLORY_VERSION), 2));
    else if (o.sarif)
        fmt::print("{}\n", dump_json(analyzer::render_sarif(report, MALLORY_VERSION), 2));
    else
        fmt::print("{}", analyzer::render_text(report, *program, use_color(color_mode, 1)));
    if (witness_error) { // after the report: the analysis itself went through
        fmt::print(stderr, "mallory analyze: {}\n", *witness_error);
        return exit_usage;
    }
    for (const auto& f : report.findings)
        if (f.severity >= threshold) return exit_failure;
    return report.inconclusive.empty() ? exit_ok : exit_inconclusive;
}

} // namespace

void register_analyze(CLI::App& app, Action& action) {
    auto o = std::make_shared<AnalyzeOptions>();
    CLI::App* cmd = app.add_subcommand(
        "analyze", "Find reentrancy and invariant violations, with replayable witnesses");
    cmd->add_option("files", o->files, "Solidity files (.sol)");
    cmd->add_option("--contract", o->contract, "Analyze only this contract");
    cmd->add_option("--args", o->args,
                    "Constructor arguments: 'v1,v2' or 'Name:v1,v2;Other:v3'; an address as "
                    "0x-hex, an account (bob) or a target's name (Token); arrays as "
                    "'[bob,carol]', bytes as 0x-hex, strings as \"text\"");
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
    cmd->add_option("--txs", o->txs,
                    "Every sequence up to this many transactions is explored (default 3)");
    cmd->add_option("--max-txs", o->max_txs,
                    "Directed sequences go up to this many transactions while they reach new "
                    "states and their budget lasts (default 6; at most --txs: none)");
    cmd->add_option("--jobs", o->jobs, "Threads (results are identical for any number)");
    cmd->add_option("--timeout", o->timeout,
                    "Seconds the whole analysis may take, Z3 included (default 60); when it runs "
                    "out the result is inconclusive (exit 4)");
    cmd->add_flag("--no-prove", o->no_prove, "Do not try to prove properties with the Z3 engine");
    cmd->add_flag("--require-proof", o->require_proof,
                  "Without findings, exit 0 only if every property is proved for all values; a "
                  "property only searched makes the result inconclusive (exit 4)");
    cmd->add_option("--fail-on", o->fail_on,
                    "Lowest severity that makes the exit code 1 (default low)");
    cmd->add_option("--color", o->color, "auto, always or never");
    add_remap_option(cmd, o->remaps);
    cmd->add_flag("--list-checks", o->list_checks, "Print the check registry (--json: as JSON)");
    cmd->callback([o, &action] { action = [o] { return run_analyze(*o); }; });
}

} // namespace mallory::cli
