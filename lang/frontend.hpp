#pragma once
/// The front-end driver: files -> parse (with imports) -> check -> semantic model. This is what
/// `mallory check`, the compiler and the analyzer call.

#include "lang/ast.hpp"
#include "lang/check/model.hpp"
#include "lang/diagnostic.hpp"
#include "lang/import_resolver.hpp"
#include "lang/source.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::lang {

struct FrontendOptions {
    /// Directory holding forge-std/ (Test.sol, Script.sol, Vm.sol, console.sol). Empty: the
    /// environment variable MALLORY_CONTRACTS_DIR, else the compile-time MALLORY_CONTRACTS_DIR.
    std::string contracts_dir;
    /// Import remappings (`--remap prefix=target`, solc's syntax) for non-relative imports.
    std::vector<Remapping> remappings;
    /// Run the checker (false: parse and resolve imports only).
    bool check = true;
};

/// One parsed file.
struct ParsedUnit {
    FileId file = 0;
    ast::SourceUnit unit;
    bool root = false;    ///< named on the command line (not only imported)
    bool builtin = false; ///< one of the built-in forge-std files
};

/// Everything a compilation produced. Move-only: the model points into `units`.
struct FrontendResult {
    SourceManager sources;
    /// Root files first (in the order given), then imported files in discovery order; each file
    /// once. Held by pointer so that model pointers stay valid when the result moves.
    std::vector<std::unique_ptr<ParsedUnit>> units;
    Diagnostics diagnostics;
    std::unique_ptr<check::SemanticModel> model;

    bool ok() const { return !diagnostics.has_errors(); }
    /// The unit of a file, nullptr if not loaded.
    const ParsedUnit* unit_of(FileId file) const;
};

/// Loads, parses and checks `paths` and everything they import (`./` and `../` relative to the
/// importing file; `forge-std/...` from the built-in copy; other paths through the remappings,
/// else beside the importer, in node_modules/ of its directory and every ancestor, then of the
/// current directory: import_resolver.hpp). Never throws on bad input: unreadable files
/// and imports are diagnostics naming the file (and the import's span).
FrontendResult load_and_check(const std::vector<std::string>& paths,
                              const FrontendOptions& options = {});

/// The same for in-memory sources (tests, fuzzing, stdin): `files` are (path, text) pairs;
/// imports resolve against the other in-memory files first, then the disk.
FrontendResult check_sources(const std::vector<std::pair<std::string, std::string>>& files,
                             const FrontendOptions& options = {});

/// The directory forge-std/ is taken from, after options and environment.
std::string contracts_directory(const FrontendOptions& options);

} // namespace mallory::lang
