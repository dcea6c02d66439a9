#pragma once
/// The parser's passes around the grammar: the comment scan before it (unterminated comments,
/// `///` doc lines), and after it the pragma check, annotation attachment and NodeId numbering.

#include "lang/ast.hpp"
#include "lang/parser/parse_state.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace mallory::lang::parser {

/// One `///` line: the offsets of its first '/', of its text after `///`, and of its end.
struct DocLine {
    std::uint32_t begin = 0;
    std::uint32_t text = 0;
    std::uint32_t end = 0;
};

/// Finds the `///` lines of `text` (outside strings) and reports an unterminated `/*`.
/// Returns true if such a comment was found (the parser then sees the end of the file early).
bool scan_comments(ParseState& state, std::string_view text, std::vector<DocLine>& doc_lines);

/// Reports a pragma whose version range excludes every Solidity 0.8.x.
void check_pragma(ParseState& state, const ast::PragmaDirective& pragma, const char* text);

/// Reports a second ABI coder selection (`pragma abicoder ...;`, `pragma experimental
/// ABIEncoderV2;`) in one source unit, as solc does (its error 3845).
void check_abi_coder_pragmas(ParseState& state, const ast::SourceUnit& unit);

/// Reports a `pragma experimental` that names no feature, more than one token, a feature solc
/// does not know or one already enabled in the file (solc 9679, 3250, 6022, 8491, 1231).
void check_experimental_pragmas(ParseState& state, const ast::SourceUnit& unit);

/// Reports more than one `SPDX-License-Identifier:` in the comments outside the file's
/// declarations, or a single one whose license is not an SPDX expression (solc 3716, 1114).
void check_license(ParseState& state, std::string_view text);

/// Parses `#invariant`/`#if_succeeds` annotations in the doc lines and attaches them to the
/// contract or function that follows; reports unknown, malformed and misplaced ones.
void attach_annotations(ParseState& state, std::string_view text,
                        const std::vector<DocLine>& doc_lines, ast::SourceUnit& unit);

/// Numbers every expression node in source order from `first`; returns one past the last id.
ast::NodeId assign_node_ids(ast::SourceUnit& unit, ast::NodeId first);

/// Runs the top rule / the expression rule over [first, last) with `state` in the context.
/// Neither throws: errors are reported to `state.diagnostics`.
void run_source_unit(ParseState& state, const char* first, const char* last, ast::SourceUnit& unit);
/// Parses one annotation expression; returns where it stopped, or nullptr after an error
/// (already reported with `code`).
const char* run_expression(ParseState& state, const char* first, const char* last,
                           ast::Expression& out, DiagCode code);

} // namespace mallory::lang::parser
