// Rule group: type names (LANGUAGE.md §3).
#include "lang/parser/grammar_def.hpp"

namespace mallory::lang::parser {

BOOST_SPIRIT_DEFINE(type_name, elementary_type_name, user_type_name, mapping_type,
                    function_type_name)

BOOST_SPIRIT_INSTANTIATE(type_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(elementary_type_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(user_type_name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(mapping_type_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(function_type_name_type, iterator_type, context_type)

} // namespace mallory::lang::parser
