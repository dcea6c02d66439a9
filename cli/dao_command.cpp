// `mallory dao`: the guided tour of the DAO attack and its fixes (cli/dao/).
#include "analyzer/z3_engine.hpp"
#include "cli/commands.hpp"
#include "cli/dao/svg.hpp"
#include "cli/dao/tour.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "cli/terminal.hpp"

#include <fmt/format.h>
#include <fstream>

namespace mallory::cli {

namespace {

struct DaoOptions {
    bool fixed = false, mutex = false, json = false, no_analyze = false;
    int steps = 5, investors = 3, jobs = 2;
    double timeout = 60;
    std::string svg, color = "auto";
};

bool in_range(int value, int low, int high, const char* flag) {
    if (value >= low && value <= high) return true;
    fmt::print(stderr, "mallory dao: {}: expected a number from {} to {}, got {}\n", flag, low,
               high, value);
    return false;
}

int run_dao(const DaoOptions& o) {
    ColorMode color{};
    if (!parse_color_mode(o.color, color)) {
        fmt::print(stderr, "mallory dao: --color: expected auto, always or never, got '{}'\n",
                   o.color);
        return exit_usage;
    }
    if (!in_range(o.steps, 0, 100, "--steps") || !in_range(o.investors, 1, 20, "--investors") ||
        !in_range(o.jobs, 1, 64, "--jobs"))
        return exit_usage;
    dao::TourOptions t;
    t.reentries = o.steps;
    t.investors = o.investors;
    t.analyze = !o.no_analyze;
    t.timeout_seconds = o.timeout;
    t.jobs = o.jobs;
    if (o.fixed || o.mutex) {
        t.variants.clear();
        t.seed = false;
        if (o.fixed) t.variants.push_back(dao::Variant::fixed);
        if (o.mutex) t.variants.push_back(dao::Variant::mutex);
    }
    analyzer::Z3Engine z3; // proofs for all values, after the explorer
    t.engines.push_back(&z3);
    const dao::TourReport report = dao::run_tour(t);
    if (!o.svg.empty()) {
        std::ofstream out(o.svg);
        out << dao::tour_svg(report);
        if (!out) {
            fmt::print(stderr, "mallory dao: --svg: cannot write '{}'\n", o.svg);
            return exit_usage;
        }
    }
    if (o.json)
        fmt::print("{}\n", dump_json(dao::tour_json(report), 2));
    else
        fmt::print("{}", dao::tour_text(report, use_color(color, 1)));
    return report.error.empty() ? exit_ok : exit_internal;
}

} // namespace

void register_dao(CLI::App& app, Action& action) {
    auto o = std::make_shared<DaoOptions>();
    CLI::App* cmd =
        app.add_subcommand("dao", "The guided tour: the DAO attack found before deployment, "
                                  "replayed on a chain, and its fixes proved");
    cmd->add_flag("--fixed", o->fixed, "Only the checks-effects-interactions fix (DAOFixed.sol)");
    cmd->add_flag("--mutex", o->mutex, "Only the reentrancy-guard fix (DAOMutex.sol)");
    cmd->add_flag("--json", o->json, "Print every number of the tour as JSON");
    cmd->add_option("--steps", o->steps, "Re-entries Mallory attempts (default 5)");
    cmd->add_option("--investors", o->investors, "Honest investors, 10 ether each (default 3)");
    cmd->add_option("--svg", o->svg,
                    "Write a sequence diagram and a balance plot of the attack to FILE");
    cmd->add_flag("--no-analyze", o->no_analyze, "Skip the analyzer (replays only)");
    cmd->add_option("--timeout", o->timeout, "Seconds each analysis may take (default 60)");
    cmd->add_option("--jobs", o->jobs, "Analyzer threads (results are identical for any number)");
    cmd->add_option("--color", o->color, "auto, always or never");
    cmd->callback([o, &action] { action = [o] { return run_dao(*o); }; });
}

} // namespace mallory::cli
