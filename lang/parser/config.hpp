#pragma once
/// The types every grammar translation unit agrees on (X3's `config.hpp`): the iterator, the
/// skipper and the parse context. BOOST_SPIRIT_INSTANTIATE needs them spelled out exactly.

#include "lang/parser/lexer.hpp"
#include "lang/parser/parse_state.hpp"

#include <boost/spirit/home/x3.hpp>

namespace mallory::lang::parser {

namespace x3 = boost::spirit::x3;

/// The source is parsed straight from the file's buffer.
using iterator_type = const char*;

/// Whitespace and comments (`//`, `/* */`); see lexer.hpp.
using skipper_type = SkipParser;

/// The per-parse state (file, diagnostics, nesting depth) rides in the context under
/// `state_tag`, so that the rule objects themselves stay const and shareable.
using skipper_context_type = x3::context<x3::skipper_tag, skipper_type const, x3::unused_type>;
using context_type = x3::context<state_tag, ParseState, skipper_context_type>;

} // namespace mallory::lang::parser
