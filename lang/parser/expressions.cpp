// Rule group: expressions (LANGUAGE.md §4).
#include "lang/parser/grammar_def.hpp"

namespace mallory::lang::parser {

BOOST_SPIRIT_DEFINE(expression, unary_expr, postfix_expr, primary_expr, tuple_expr, inline_array,
                    bool_literal, identifier_expr, elementary_expr, new_expr, call_arguments,
                    call_option)

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unary_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(postfix_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(primary_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(tuple_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inline_array_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bool_literal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(identifier_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(elementary_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(new_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(call_arguments_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(call_option_type, iterator_type, context_type)

} // namespace mallory::lang::parser
