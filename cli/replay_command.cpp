// `mallory replay WITNESS.json`: runs a witness on a fresh in-memory chain, step by step.
#include "analyzer/replay.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace mallory::cli {

namespace {

namespace fs = std::filesystem;

/// The witness's `files`, resolved against its own folder; an entry outside that folder (or
/// absolute) is refused before anything is read.
std::optional<std::vector<std::string>>
resolve_files(const std::string& path, const analyzer::Witness& w, std::string* error) {
    std::error_code ec;
    const fs::path dir = fs::weakly_canonical(fs::absolute(path).parent_path(), ec);
    if (w.files.empty()) {
        *error = "files: the witness names no source file";
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < w.files.size(); ++i) {
        const fs::path f = fs::weakly_canonical(dir / w.files[i], ec);
        const fs::path rel = f.lexically_relative(dir);
        if (fs::path(w.files[i]).is_absolute() || ec || rel.empty() || *rel.begin() == "..") {
            *error = fmt::format("files[{}]: '{}' is outside the witness's folder '{}' (witness "
                                 "files are relative to it)",
                                 i, w.files[i], dir.string());
            return std::nullopt;
        }
        if (!fs::is_regular_file(f, ec)) {
            *error =
                fmt::format("files[{}]: '{}' does not exist in '{}'", i, w.files[i], dir.string());
            return std::nullopt;
        }
        out.push_back(f.string());
    }
    return out;
}

/// An imported source outside the witness's folder (found only after loading: the names are
/// in the sources), so that a witness cannot make the replay use files from elsewhere.
std::optional<std::string> import_outside(const analyzer::Program& program,
                                          const std::string& path) {
    std::error_code ec;
    const fs::path dir = fs::weakly_canonical(fs::absolute(path).parent_path(), ec);
    for (const auto& u : program.front().units) {
        if (u->builtin) continue;
        const std::string& file = program.sources().file(u->file).path();
        const fs::path rel = fs::weakly_canonical(file, ec).lexically_relative(dir);
        if (rel.empty() || *rel.begin() == "..")
            return fmt::format("files: the sources import '{}', outside the witness's folder",
                               file);
    }
    return std::nullopt;
}

int run_replay(const std::string& path, int verbosity) {
    std::ifstream in(path);
    if (!in) {
        fmt::print(stderr, "mallory replay: cannot read '{}'\n", path);
        return exit_usage;
    }
    const auto fail = [&](const std::string& why) {
        fmt::print(stderr, "mallory replay: {}: {}\n", path, why);
        return exit_failure;
    };
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) return fail("not JSON");
    std::string error;
    auto w = analyzer::witness_from_json(j, &error);
    if (!w) return fail(error);
    auto files = resolve_files(path, *w, &error);
    if (!files) return fail(error);
    auto program = analyzer::Program::load(*files);
    if (!program->ok()) {
        fmt::print(stderr, "{}", program->errors(false));
        return exit_failure;
    }
    if (auto e = import_outside(*program, path)) return fail(*e);
    if (auto e = analyzer::select_witness_system(*program, *w)) return fail(*e);
    if (auto e = analyzer::validate_witness(*program, *w)) return fail(*e);
    const analyzer::ReplayResult r = analyzer::replay(*program, *w, verbosity > 0);
    if (!r.ran) return fail(r.error);
    fmt::print("replaying {} ({} of {}) on a fresh chain\n", path, analyzer::to_string(w->property),
               w->contract);
    for (const std::string& line : r.log)
        fmt::print("{}\n", line);
    if (!r.unjudged.empty()) {
        fmt::print("not judged: {}\n", r.verdict);
        return exit_inconclusive;
    }
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
