// `mallory replay WITNESS.json`: runs a witness on a fresh in-memory chain, step by step.
#include "analyzer/replay.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace mallory::cli {

namespace {

int run_replay(const std::string& path, int verbosity) {
    std::ifstream in(path);
    if (!in) {
        fmt::print(stderr, "mallory replay: cannot read '{}'\n", path);
        return exit_usage;
    }
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    std::string error;
    auto w = j.is_discarded() ? std::nullopt : analyzer::witness_from_json(j, &error);
    if (!w) {
        fmt::print(stderr, "mallory replay: {}: {}\n", path, j.is_discarded() ? "not JSON" : error);
        return exit_usage;
    }
    auto program = analyzer::Program::load(w->files);
    if (!program->ok()) {
        fmt::print(stderr, "{}", program->errors(false));
        return exit_usage;
    }
    const analyzer::ReplayResult r = analyzer::replay(*program, *w, verbosity > 0);
    if (!r.ran) {
        fmt::print(stderr, "mallory replay: {}\n", r.error);
        return exit_failure;
    }
    fmt::print("replaying {} ({} of {}) on a fresh chain\n", path, analyzer::to_string(w->property),
               w->contract);
    for (const std::string& line : r.log)
        fmt::print("{}\n", line);
    fmt::print("{}: {}\n", r.violated ? "VIOLATED" : "not violated", r.verdict);
    return r.violated ? exit_failure : exit_ok;
}

} // namespace

void register_replay(CLI::App& app, Action& action) {
    auto path = std::make_shared<std::string>();
    auto verbosity = std::make_shared<int>(0);
    CLI::App* cmd = app.add_subcommand("replay", "Replay an analyzer witness on a fresh chain");
    cmd->add_option("witness", *path, "Witness JSON (from analyze --witness-out)")->required();
    cmd->add_flag("-v,--verbose", *verbosity, "More detail (-vvv)");
    cmd->callback([path, verbosity, &action] {
        action = [path, verbosity] { return run_replay(*path, *verbosity); };
    });
}

} // namespace mallory::cli
