// Rule group: contract members (LANGUAGE.md §2).
#include "lang/parser/grammar_def.hpp"

namespace mallory::lang::parser {

BOOST_SPIRIT_DEFINE(contract_member, parameter, event_parameter, state_variable, struct_definition,
                    struct_field, enum_definition, enum_value, event_definition, error_definition,
                    modifier_definition, function_definition, constructor_definition,
                    receive_definition, fallback_definition, override_specifier,
                    modifier_invocation, using_directive, using_function, value_type_definition)

BOOST_SPIRIT_INSTANTIATE(contract_member_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(parameter_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(event_parameter_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(state_variable_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(struct_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(struct_field_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(enum_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(enum_value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(event_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(error_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(modifier_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(function_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(constructor_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(receive_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(fallback_definition_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(override_specifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(modifier_invocation_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(using_directive_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(using_function_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(value_type_definition_type, iterator_type, context_type)

} // namespace mallory::lang::parser
