#pragma once
/// Shared by the subcommands that need compiled contracts (build, run, test): load, check and
/// compile files, printing diagnostics the way `mallory check` does.

#include "cli/terminal.hpp"
#include "lang/compiler.hpp"
#include "lang/frontend.hpp"

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
                                            const char* command, int& exit_code);

} // namespace mallory::cli
