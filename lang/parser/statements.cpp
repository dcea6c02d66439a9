// Rule group: statements (LANGUAGE.md §4).
#include "lang/parser/grammar_def.hpp"

namespace mallory::lang::parser {

BOOST_SPIRIT_DEFINE(statement, block, unchecked_block, simple_statement, if_statement,
                    for_statement, while_statement, do_while_statement, return_statement,
                    break_statement, continue_statement, emit_statement, revert_statement,
                    try_statement, catch_clause, placeholder_statement, var_decl_statement,
                    tuple_decl_statement, expression_statement, local_variable)

BOOST_SPIRIT_INSTANTIATE(statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(block_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unchecked_block_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(simple_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(if_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(for_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(while_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(do_while_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(return_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(break_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(continue_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(emit_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(revert_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(try_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(catch_clause_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(placeholder_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(var_decl_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(tuple_decl_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(expression_statement_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(local_variable_type, iterator_type, context_type)

} // namespace mallory::lang::parser
