#pragma once
/// Every subcommand registers itself on the CLI11 app and sets the action to run when chosen.

#include <CLI/CLI.hpp>
#include <functional>

namespace mallory::cli {

/// The subcommand chosen on the command line; returns the process exit code.
using Action = std::function<int()>;

void register_check(CLI::App& app, Action& action);
void register_build(CLI::App& app, Action& action);
void register_run(CLI::App& app, Action& action);
void register_test(CLI::App& app, Action& action);
void register_snapshot(CLI::App& app, Action& action);
void register_chain(CLI::App& app, Action& action);
void register_analyze(CLI::App& app, Action& action);
void register_replay(CLI::App& app, Action& action);
void register_dao(CLI::App& app, Action& action);

} // namespace mallory::cli
