#pragma once
/// The semantic checker: names, imports, inheritance (C3), types and Solidity 0.8's rules for
/// Mallory's subset. Fills a SemanticModel (lang/check/model.hpp) and reports to Diagnostics.

#include "lang/ast.hpp"
#include "lang/check/model.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

#include <optional>
#include <vector>

namespace mallory::lang::check {

/// One parsed file and where each of its imports led.
struct UnitInput {
    const ast::SourceUnit* unit = nullptr;
    FileId file = 0;
    /// Parallel to `unit->imports`: the index (into the inputs) of the imported unit, or
    /// nullopt when the import could not be loaded (already reported).
    std::vector<std::optional<std::size_t>> imports;
    /// True for forge-std's built-in files: `console` there is the built-in console object.
    bool builtin = false;
};

/// Checks every unit. Never throws on any AST the parser can produce; every problem is a
/// diagnostic. The model points into the units: they must outlive it.
void check(const SourceManager& sources, const std::vector<UnitInput>& units,
           Diagnostics& diagnostics, SemanticModel& model);

} // namespace mallory::lang::check
