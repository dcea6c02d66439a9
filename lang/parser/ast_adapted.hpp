#pragma once
/// Fusion adaptation of AST nodes (X3's `ast_adapted.hpp`).
///
/// Mallory's rules build their nodes with semantic actions rather than automatic attribute
/// propagation: every node inherits its span from `ast::Node`, and most carry flags and
/// optional parts that appear in any order in the source (`public view virtual override`),
/// which positional fusion sequences cannot express. The few pairs the grammar does propagate
/// (`a > b` sequences) are read with `boost::fusion::at_c` in the actions, so no struct needs
/// adapting today. A rule that starts relying on propagation adapts its node here.

#include "lang/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>
