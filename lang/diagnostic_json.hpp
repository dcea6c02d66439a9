#pragma once
/// Machine-readable diagnostics (`mallory check --json`), rendered from the same structs as the
/// text renderer so the two never disagree.

#include "lang/diagnostic.hpp"

#include <nlohmann/json.hpp>
#include <vector>

namespace mallory::lang {

/// {"severity","code","file","line","column","end_line","end_column","message","hint"?,"notes"}
nlohmann::json to_json(const SourceManager& sources, const Diagnostic& diagnostic);
nlohmann::json to_json(const SourceManager& sources, const std::vector<Diagnostic>& items);

} // namespace mallory::lang
