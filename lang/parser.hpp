#pragma once
/// The parser: source text -> AST (lang/ast.hpp), with every independent syntax error reported.

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

namespace mallory::lang {

/// Parses one file. Never throws and never crashes on any input: errors go to `diagnostics`
/// (recovering at member and statement level) and the returned unit holds everything that
/// parsed. Expression NodeIds start at `first_id` so that several units of one compilation get
/// disjoint ids; the unit's `node_count` is one past the last id used.
/// Constructs outside the subset get their own diagnostic (code NotInSubset or a parse code).
/// `///` annotations (`#invariant`, `#if_succeeds`) are attached to the following contract or
/// function.
ast::SourceUnit parse(const SourceManager& sources, FileId file, Diagnostics& diagnostics,
                      ast::NodeId first_id = 1);

} // namespace mallory::lang
