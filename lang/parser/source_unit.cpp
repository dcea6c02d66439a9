// Rule group: source units, pragmas, imports, contracts (LANGUAGE.md §1).
#include "lang/parser/grammar_def.hpp"

namespace mallory::lang::parser {

BOOST_SPIRIT_DEFINE(source_unit, contract_definition, inheritance_specifier, pragma_directive,
                    import_directive, import_symbol)

BOOST_SPIRIT_INSTANTIATE(source_unit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(contract_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inheritance_specifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(pragma_directive_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(import_directive_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(import_symbol_type, iterator_type, context_type)

} // namespace mallory::lang::parser
