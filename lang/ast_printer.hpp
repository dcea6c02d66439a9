#pragma once
/// Two views of a parsed unit: an indented tree for humans and tests (`mallory check
/// --print-ast`), and canonical Solidity source that parses back to the same tree (round-trip
/// tests: print_tree(parse(print_source(u))) == print_tree(u)).

#include "lang/ast.hpp"
#include "lang/source.hpp"

#include <string>

namespace mallory::lang {

/// One node per line, indented by depth: kind, names, operators, types written as Solidity.
/// With `with_spans`, each line ends in `@line:col` (or `@begin..end` without `sources`).
std::string print_tree(const ast::SourceUnit& unit, const SourceManager* sources, bool with_spans);

/// Canonical Solidity: 4-space indentation, one declaration per line, parentheses only where
/// the tree has them (TupleExpr) or precedence requires them, annotations as `///` comments.
std::string print_source(const ast::SourceUnit& unit);

/// An expression / a type name as canonical Solidity.
std::string print_expression(const ast::Expression& expression);
std::string print_type(const ast::TypeName& type);

} // namespace mallory::lang
