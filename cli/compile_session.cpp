#include "cli/compile_session.hpp"

#include "cli/exit_codes.hpp"

#include <fmt/format.h>

namespace mallory::cli {

std::optional<CompileSession> compile_files(const std::vector<std::string>& files, ColorMode color,
                                            const char* command, int& exit_code,
                                            const lang::FrontendOptions& options) {
    for (const std::string& path : files) {
        lang::SourceManager probe;
        std::string why;
        if (!probe.load(path, &why)) {
            fmt::print(stderr, "mallory {}: cannot read '{}': {}\n", command, path, why);
            exit_code = exit_usage;
            return std::nullopt;
        }
    }
    CompileSession session{lang::load_and_check(files, options), {}};
    bool colored = use_color(color, 2);
    if (!session.front.ok()) {
        fmt::print(
            stderr, "{}",
            lang::render_all(session.front.sources, session.front.diagnostics.sorted(), colored));
        exit_code = exit_failure;
        return std::nullopt;
    }
    lang::Diagnostics diagnostics;
    session.output = lang::compile(session.front.sources, *session.front.model, diagnostics);
    std::vector<lang::Diagnostic> all = session.front.diagnostics.sorted(); // warnings
    for (const lang::Diagnostic& d : diagnostics.sorted())
        all.push_back(d);
    if (diagnostics.has_errors()) {
        fmt::print(stderr, "{}", lang::render_all(session.front.sources, all, colored));
        exit_code = exit_failure;
        return std::nullopt;
    }
    return session;
}

void add_remap_option(CLI::App* cmd, std::vector<std::string>& remaps) {
    cmd->add_option("--remap", remaps,
                    "Import remapping 'prefix=path' as solc's (repeatable; the longest prefix "
                    "wins); other non-relative imports are looked up in node_modules/")
        ->expected(1)
        ->allow_extra_args(false); // `--remap a=b file.sol`: the file stays a file
}

std::optional<lang::FrontendOptions> frontend_options(const std::vector<std::string>& remaps,
                                                      const char* command) {
    lang::FrontendOptions options;
    for (const std::string& text : remaps) {
        std::string why;
        auto remapping = lang::parse_remapping(text, &why);
        if (!remapping) {
            fmt::print(stderr, "mallory {}: --remap '{}': {}\n", command, text, why);
            return std::nullopt;
        }
        options.remappings.push_back(std::move(*remapping));
    }
    return options;
}

} // namespace mallory::cli
