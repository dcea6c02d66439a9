#include "lang/frontend.hpp"

#include "lang/check/checker.hpp"
#include "lang/import_resolver.hpp"
#include "lang/parser.hpp"

#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>

#ifndef MALLORY_CONTRACTS_DIR
#define MALLORY_CONTRACTS_DIR ""
#endif

namespace mallory::lang {

namespace fs = std::filesystem;

const ParsedUnit* FrontendResult::unit_of(FileId file) const {
    for (const auto& u : units)
        if (u->file == file) return u.get();
    return nullptr;
}

std::string contracts_directory(const FrontendOptions& options) {
    if (!options.contracts_dir.empty()) return options.contracts_dir;
    if (const char* env = std::getenv("MALLORY_CONTRACTS_DIR"); env && *env) return env;
    return MALLORY_CONTRACTS_DIR;
}

namespace {

constexpr std::string_view forge_prefix = "forge-std/";

struct Loader {
    FrontendResult& result;
    const FrontendOptions& options;
    std::map<std::string, std::string> memory; ///< in-memory files by normalized path
    std::map<FileId, std::size_t> unit_index;
    ast::NodeId next_id = 1;
    std::deque<std::size_t> pending;
    std::vector<std::vector<std::optional<std::size_t>>> imports;

    static std::string normalize(const std::string& p) {
        return fs::path(p).lexically_normal().generic_string();
    }

    /// Adds a file (once) and returns its unit index.
    std::optional<std::size_t> add(const std::string& path, bool root, bool builtin,
                                   std::string* why) {
        std::optional<FileId> id;
        std::string key = normalize(path);
        if (auto it = memory.find(key); it != memory.end()) {
            id = result.sources.find(key);
            if (!id) {
                id = result.sources.add(key, it->second);
            }
        } else {
            id = result.sources.load(path, why);
        }
        if (!id) return std::nullopt;
        if (auto it = unit_index.find(*id); it != unit_index.end()) {
            if (root) result.units[it->second]->root = true;
            return it->second;
        }
        auto unit = std::make_unique<ParsedUnit>();
        unit->file = *id;
        unit->root = root;
        unit->builtin = builtin;
        result.units.push_back(std::move(unit));
        imports.emplace_back();
        std::size_t index = result.units.size() - 1;
        unit_index[*id] = index;
        pending.push_back(index);
        return index;
    }

    void parse_all() {
        while (!pending.empty()) {
            std::size_t index = pending.front();
            pending.pop_front();
            ParsedUnit& pu = *result.units[index];
            pu.unit = parse(result.sources, pu.file, result.diagnostics, next_id);
            if (pu.unit.node_count > next_id) next_id = pu.unit.node_count;
            resolve_imports(index);
        }
    }

    bool exists(const std::string& path) const {
        std::error_code ec;
        return memory.count(normalize(path)) || fs::is_regular_file(path, ec);
    }

    /// The file an import names, and whether it is built in; `looked` lists every path tried.
    std::string import_target(const ast::ImportDirective& imp, const std::string& importer,
                              bool& builtin, std::vector<std::string>& looked) const {
        if (imp.path.rfind(forge_prefix, 0) == 0) {
            builtin = true;
            return (fs::path(contracts_directory(options)) / imp.path).string();
        }
        if (is_relative_import(imp.path))
            return (fs::path(importer).parent_path() / imp.path).string();
        looked = import_candidates(imp.path, importer, options.remappings);
        for (const std::string& candidate : looked)
            if (exists(candidate)) return candidate;
        return looked.front();
    }

    void report_missing_import(const ast::ImportDirective& imp, const std::string& target,
                               const std::string& why, bool builtin,
                               const std::vector<std::string>& looked) {
        std::string where = normalize(target);
        if (looked.size() > 1) where = fmt::format("looked in {}", fmt::join(looked, ", "));
        auto& d = result.diagnostics.error(
            DiagCode::ImportNotFound, imp.path_span.size() ? imp.path_span : imp.span,
            fmt::format("cannot import \"{}\": {} ({})", imp.path,
                        why.empty() || looked.size() > 1 ? "file not found" : why, where));
        if (builtin)
            d.hint = fmt::format("the built-in forge-std is looked up in '{}'; set "
                                 "MALLORY_CONTRACTS_DIR to change it",
                                 contracts_directory(options));
        else if (is_relative_import(imp.path))
            d.hint = "imports are resolved relative to the importing file";
        else
            d.hint = "install the package (npm install), or map the prefix with --remap "
                     "prefix=path";
    }

    void resolve_imports(std::size_t index) {
        ParsedUnit& pu = *result.units[index];
        const std::string importer = result.sources.file(pu.file).path();
        std::vector<std::optional<std::size_t>> targets;
        for (const ast::ImportDirective& imp : pu.unit.imports) {
            bool builtin = false;
            std::vector<std::string> looked;
            const std::string target = import_target(imp, importer, builtin, looked);
            // Imports within the built-in library stay built-in.
            builtin = builtin || pu.builtin;
            std::string why;
            auto found = add(normalize(target), false, builtin, &why);
            if (!found) report_missing_import(imp, target, why, builtin, looked);
            targets.push_back(found);
        }
        imports[index] = std::move(targets);
    }

    void check() {
        std::vector<check::UnitInput> inputs;
        for (std::size_t i = 0; i < result.units.size(); ++i) {
            const ParsedUnit& pu = *result.units[i];
            check::UnitInput in;
            in.unit = &pu.unit;
            in.file = pu.file;
            in.imports = imports[i];
            in.builtin = pu.builtin;
            inputs.push_back(std::move(in));
        }
        check::check(result.sources, inputs, result.diagnostics, *result.model);
    }
};

FrontendResult run(const std::vector<std::string>& paths,
                   const std::vector<std::pair<std::string, std::string>>& files,
                   const FrontendOptions& options) {
    FrontendResult result;
    result.model = std::make_unique<check::SemanticModel>();
    Loader loader{result, options, {}, {}, 1, {}, {}};
    for (const auto& [path, text] : files)
        loader.memory[Loader::normalize(path)] = text;
    for (const auto& [path, text] : files)
        loader.add(path, true, false, nullptr);
    for (const std::string& path : paths) {
        std::string why;
        if (!loader.add(path, true, false, &why)) {
            FileId id = result.sources.add(path, "");
            result.diagnostics.error(
                DiagCode::CannotReadFile, Span{id, 0, 0},
                fmt::format("cannot read '{}': {}", path, why.empty() ? "file not found" : why));
        }
    }
    loader.parse_all();
    if (options.check) loader.check();
    return result;
}

} // namespace

FrontendResult load_and_check(const std::vector<std::string>& paths,
                              const FrontendOptions& options) {
    return run(paths, {}, options);
}

FrontendResult check_sources(const std::vector<std::pair<std::string, std::string>>& files,
                             const FrontendOptions& options) {
    return run({}, files, options);
}

} // namespace mallory::lang
