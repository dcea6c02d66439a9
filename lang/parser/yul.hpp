#pragma once
/// The inline-assembly statement: `assembly ["evmasm"] [("flag", ...)] { yul }`. Yul is parsed
/// by hand here (a small LL(1) language with its own identifier rules: `x.slot` is one token);
/// the checker rejects what leaves Mallory's subset (LANGUAGE.md §4.1).

#include "lang/ast.hpp"
#include "lang/parser/parse_state.hpp"

namespace mallory::lang::parser {

/// Parses an inline-assembly statement at `first` (past trivia) into `out`, moving `first` past
/// it. False (nothing consumed) when the word at `first` is not `assembly`; throws SyntaxIssue for
/// malformed Yul (and for what solc's Yul parser rejects: `leave` outside a function, ...).
bool parse_inline_assembly(const char*& first, const char* last, const ParseState& state,
                           ast::InlineAssembly& out);

} // namespace mallory::lang::parser
