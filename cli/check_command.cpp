// `mallory check FILE...`: parse and type-check; diagnostics as text (default) or JSON.
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "cli/terminal.hpp"
#include "lang/ast_printer.hpp"
#include "lang/diagnostic_json.hpp"
#include "lang/frontend.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mallory::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> files;
    bool verbose = false;
    bool json = false;
    bool print_ast = false;
    std::string color = "auto";
    std::vector<std::string> remaps;
};

int run_check(const CheckOptions& options) {
    ColorMode color_mode{};
    if (!parse_color_mode(options.color, color_mode)) {
        fmt::print(stderr, "mallory check: --color: expected auto, always or never, got '{}'\n",
                   options.color);
        return exit_usage;
    }
    for (const std::string& path : options.files) { // unreadable roots are usage errors
        lang::SourceManager probe;
        std::string why;
        if (!probe.load(path, &why)) {
            fmt::print(stderr, "mallory check: cannot read '{}': {}\n", path, why);
            return exit_usage;
        }
    }
    const auto front = frontend_options(options.remaps, "check");
    if (!front) return exit_usage;
    lang::FrontendResult result = lang::load_and_check(options.files, *front);
    const lang::Diagnostics& diagnostics = result.diagnostics;
    std::vector<lang::Diagnostic> items = diagnostics.sorted();
    if (options.json) {
        nlohmann::json out;
        out["tool"] = "mallory";
        out["version"] = MALLORY_VERSION;
        out["files"] = options.files;
        out["diagnostics"] = lang::to_json(result.sources, items);
        out["errors"] = diagnostics.error_count();
        fmt::print("{}\n", dump_json(out, 2));
    } else {
        fmt::print(stderr, "{}", lang::render_all(result.sources, items, use_color(color_mode, 2)));
        if (options.print_ast)
            for (const auto& unit : result.units)
                if (unit->root)
                    fmt::print("{}", lang::print_tree(unit->unit, &result.sources, true));
        if (options.verbose && !diagnostics.has_errors())
            fmt::print("checked {} file{}: no errors\n", options.files.size(),
                       options.files.size() == 1 ? "" : "s");
    }
    return diagnostics.has_errors() ? exit_failure : exit_ok;
}

} // namespace

void register_check(CLI::App& app, Action& action) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand("check", "Parse and type-check contracts");
    cmd->add_option("files", options->files, "Solidity files (.sol)")->required();
    cmd->add_flag("-v,--verbose", options->verbose, "Print a one-line summary when clean");
    cmd->add_flag("--json", options->json, "Print diagnostics as JSON on stdout");
    cmd->add_flag("--print-ast", options->print_ast, "Print the syntax tree of each file");
    cmd->add_option("--color", options->color, "Colour diagnostics: auto, always or never");
    add_remap_option(cmd, options->remaps);
    cmd->callback([options, &action] { action = [options] { return run_check(*options); }; });
}

} // namespace mallory::cli
