#pragma once
/// Where an `import "path"` is looked for: solc's remappings (`[context:]prefix=target`) and, as
/// npm packages are installed, `node_modules/` of the importing file's directory and each of its
/// ancestors, then of the current directory. Pure path arithmetic: the front end (frontend.cpp)
/// decides which candidate exists.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::lang {

/// One import remapping as solc writes it: an import path starting with `prefix` (in a file whose
/// path starts with `context`, when given) is looked up at `target` + the rest of the path.
struct Remapping {
    std::string context; ///< empty: every importing file
    std::string prefix;
    std::string target;
};

/// Parses `[context:]prefix=target` (solc's syntax). Nullopt and `error` (what is wrong, without
/// the argument itself) when the prefix or target is missing.
std::optional<Remapping> parse_remapping(std::string_view text, std::string* error);

/// Whether an import path is relative to its importing file (`./x.sol`, `../x.sol`).
bool is_relative_import(std::string_view path);

/// The remapping that applies to `import_path` in `importer`, as solc chooses: the longest
/// context, then the longest prefix, then the last one given. Nullptr when none matches.
const Remapping* find_remapping(const std::vector<Remapping>& remappings,
                                std::string_view import_path, std::string_view importer);

/// The paths tried, in order, for a non-relative import `import_path` in the file `importer`:
/// the remapped path alone when a remapping applies; else the path beside the importer, in
/// `node_modules/` of the importer's directory and each ancestor, in `./node_modules/`, and as
/// given (relative to the current directory). Paths are lexically normal, relative to the current
/// directory where they lie below it; each appears once.
std::vector<std::string> import_candidates(const std::string& import_path,
                                           const std::string& importer,
                                           const std::vector<Remapping>& remappings);

} // namespace mallory::lang
