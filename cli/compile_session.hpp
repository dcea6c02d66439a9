#pragma once
/// Shared by the subcommands that need compiled contracts (build, run, test): load, check and
/// compile files, printing diagnostics the way `mallory check` does.

#include "cli/terminal.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mallory::cli {

struct CompileSession {
    lang::FrontendResult front;
    lang::CompileOutput output;
};

/// Returns nullopt after printing diagnostics (or why a file cannot be read) to stderr;
/// `exit_code` then says which documented code to exit with.
std::optional<CompileSession> compile_files(const std::vector<std::string>& files, ColorMode color,
                                            const char* command, int& exit_code,
                                            const lang::FrontendOptions& options = {});

/// Adds `--remap prefix=target` (solc's import remapping, repeatable) to a subcommand.
void add_remap_option(CLI::App* cmd, std::vector<std::string>& remaps);

/// The front end's options from the `--remap` arguments; nullopt after printing which argument
/// is malformed and why (a usage error).
std::optional<lang::FrontendOptions> frontend_options(const std::vector<std::string>& remaps,
                                                      const char* command);

} // namespace mallory::cli
