// The `mallory` command line: parses arguments and dispatches to a subcommand.
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <exception>
#include <fmt/format.h>

namespace {

constexpr const char* exit_code_help = R"(Exit codes:
  0  success (clean check, passing tests, no findings at or above --fail-on)
  1  errors in the input, failing tests, findings, a reverted run, or a timeout/out of memory
  2  usage error: bad arguments or unreadable input files
  3  internal error in Mallory (please report it)
  4  analyze: inconclusive (did not deploy, never ran the targets or a function that calls out, or timed out);
     replay: the witness ran but its property could not be judged)";

} // namespace

int main(int argc, char** argv) {
    using namespace mallory::cli;
    CLI::App app{"Mallory: write, run and analyze Solidity-subset contracts for reentrancy.",
                 "mallory"};
    app.set_version_flag("--version", std::string("mallory ") + MALLORY_VERSION);
    app.footer(exit_code_help);
    app.require_subcommand(1);
    Action action;
    register_check(app, action);
    register_build(app, action);
    register_run(app, action);
    register_test(app, action);
    register_snapshot(app, action);
    register_chain(app, action);
    register_analyze(app, action);
    register_replay(app, action);
    register_dao(app, action);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_usage;
    }
    try {
        return action ? action() : exit_usage;
    } catch (const std::exception& e) {
        fmt::print(stderr, "mallory: internal error: {}\n", e.what());
        return exit_internal;
    }
}
