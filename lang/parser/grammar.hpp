#pragma once
/// Rule declarations of the grammar (X3's `grammar.hpp`). The definitions are in
/// grammar_def.hpp; each rule group is defined and explicitly instantiated in its own
/// translation unit (types.cpp, expressions.cpp, statements.cpp, members.cpp, source_unit.cpp)
/// so that changing one rule group does not recompile the others.

#include "lang/ast.hpp"
#include "lang/parser/config.hpp"

#include <boost/spirit/home/x3.hpp>
#include <optional>
#include <vector>

namespace mallory::lang::parser {

/// Base of every rule ID: after a rule matches, the node it built gets the exact span of the
/// text, from its first token (X3 has skipped leading whitespace and comments) to one past its
/// last character.
struct annotate_span {
    template <typename It, typename Attr, typename Ctx>
    void on_success(It const& first, It const& last, Attr& attr, Ctx const& ctx) const {
        if constexpr (std::is_base_of_v<ast::Node, Attr>)
            attr.span = x3::get<state_tag>(ctx).span(first, last);
    }
};

// One ID per rule. Named after the rule; `what()` texts (the rule names below) appear in
// "expected ..." messages, so they are written for the user.
#define MALLORY_RULE(name, attr, text)                                                             \
    struct name##_class : annotate_span {};                                                        \
    using name##_type = x3::rule<name##_class, attr>;                                              \
    inline const name##_type name{text};

// Types (types.cpp)
MALLORY_RULE(type_name, ast::TypeName, "a type name")
MALLORY_RULE(elementary_type_name, ast::ElementaryTypeName, "an elementary type")
MALLORY_RULE(user_type_name, ast::UserDefinedTypeName, "a type name")
MALLORY_RULE(mapping_type, ast::MappingTypeName, "a mapping type")
MALLORY_RULE(function_type_name, ast::FunctionTypeName, "a function type")

// Expressions (expressions.cpp)
MALLORY_RULE(expression, ast::Expression, "an expression")
MALLORY_RULE(unary_expr, ast::Expression, "an expression")
MALLORY_RULE(postfix_expr, ast::Expression, "an expression")
MALLORY_RULE(primary_expr, ast::Expression, "an expression")
MALLORY_RULE(tuple_expr, ast::TupleExpr, "a parenthesised expression")
MALLORY_RULE(inline_array, ast::InlineArray, "an inline array '[a, b]'")
MALLORY_RULE(bool_literal, ast::BoolLiteral, "'true' or 'false'")
MALLORY_RULE(identifier_expr, ast::Identifier, "a name")
MALLORY_RULE(elementary_expr, ast::ElementaryTypeExpr, "an elementary type")
MALLORY_RULE(new_expr, ast::NewExpr, "'new' and a type")
MALLORY_RULE(call_arguments, std::vector<ast::Expression>, "a call argument list")
MALLORY_RULE(call_option, ast::CallOption, "a call option such as 'value: v'")

// Statements (statements.cpp)
MALLORY_RULE(statement, ast::Statement, "a statement")
MALLORY_RULE(block, ast::Block, "a block '{ ... }'")
MALLORY_RULE(unchecked_block, ast::Block, "'unchecked { ... }'")
MALLORY_RULE(simple_statement, ast::Statement, "a statement")
MALLORY_RULE(if_statement, ast::IfStatement, "an if statement")
MALLORY_RULE(for_statement, ast::ForStatement, "a for statement")
MALLORY_RULE(while_statement, ast::WhileStatement, "a while statement")
MALLORY_RULE(do_while_statement, ast::DoWhileStatement, "a do-while statement")
MALLORY_RULE(return_statement, ast::ReturnStatement, "a return statement")
MALLORY_RULE(break_statement, ast::BreakStatement, "'break;'")
MALLORY_RULE(continue_statement, ast::ContinueStatement, "'continue;'")
MALLORY_RULE(emit_statement, ast::EmitStatement, "an emit statement")
MALLORY_RULE(revert_statement, ast::RevertStatement, "a revert statement")
MALLORY_RULE(try_statement, ast::TryStatement, "a try statement")
MALLORY_RULE(catch_clause, ast::CatchClause, "a catch clause")
MALLORY_RULE(placeholder_statement, ast::PlaceholderStatement, "'_;'")
MALLORY_RULE(var_decl_statement, ast::VariableDeclarationStatement, "a variable declaration")
MALLORY_RULE(tuple_decl_statement, ast::VariableDeclarationStatement, "a tuple declaration")
MALLORY_RULE(expression_statement, ast::ExpressionStatement, "an expression statement")
MALLORY_RULE(local_variable, ast::VariableDeclaration, "a variable declaration")

// Contract members (members.cpp)
MALLORY_RULE(contract_member, ast::ContractMember, "a contract member")
MALLORY_RULE(parameter, ast::VariableDeclaration, "a parameter")
MALLORY_RULE(event_parameter, ast::VariableDeclaration, "an event parameter")
MALLORY_RULE(state_variable, ast::StateVariableDeclaration, "a state variable declaration")
MALLORY_RULE(struct_definition, ast::StructDefinition, "a struct definition")
MALLORY_RULE(struct_field, ast::VariableDeclaration, "a struct member")
MALLORY_RULE(enum_definition, ast::EnumDefinition, "an enum definition")
MALLORY_RULE(enum_value, ast::EnumValue, "an enum value")
MALLORY_RULE(event_definition, ast::EventDefinition, "an event definition")
MALLORY_RULE(error_definition, ast::ErrorDefinition, "an error definition")
MALLORY_RULE(modifier_definition, ast::ModifierDefinition, "a modifier definition")
MALLORY_RULE(function_definition, ast::FunctionDefinition, "a function definition")
MALLORY_RULE(constructor_definition, ast::FunctionDefinition, "a constructor")
MALLORY_RULE(receive_definition, ast::FunctionDefinition, "a receive function")
MALLORY_RULE(fallback_definition, ast::FunctionDefinition, "a fallback function")
MALLORY_RULE(override_specifier, ast::OverrideSpecifier, "'override'")
MALLORY_RULE(modifier_invocation, ast::ModifierInvocation, "a modifier")
MALLORY_RULE(using_directive, ast::UsingDirective, "a 'using ... for' directive")
MALLORY_RULE(using_function, ast::UsingFunction, "a function name")
MALLORY_RULE(value_type_definition, ast::UserValueTypeDefinition, "a user-defined value type")

// Source units (source_unit.cpp)
MALLORY_RULE(source_unit, ast::SourceUnit, "a source unit")
MALLORY_RULE(contract_definition, ast::ContractDefinition, "a contract")
MALLORY_RULE(inheritance_specifier, ast::InheritanceSpecifier, "a base contract")
MALLORY_RULE(pragma_directive, ast::PragmaDirective, "a pragma")
MALLORY_RULE(import_directive, ast::ImportDirective, "an import")
MALLORY_RULE(import_symbol, ast::ImportSymbol, "an imported name")

#undef MALLORY_RULE

BOOST_SPIRIT_DECLARE(type_name_type, elementary_type_name_type, user_type_name_type,
                     mapping_type_type)
BOOST_SPIRIT_DECLARE(expression_type, unary_expr_type, postfix_expr_type, primary_expr_type,
                     tuple_expr_type, inline_array_type, bool_literal_type, identifier_expr_type,
                     elementary_expr_type, new_expr_type, call_arguments_type, call_option_type)
BOOST_SPIRIT_DECLARE(statement_type, block_type, unchecked_block_type, simple_statement_type,
                     if_statement_type, for_statement_type, while_statement_type,
                     do_while_statement_type, return_statement_type, break_statement_type,
                     continue_statement_type, emit_statement_type, revert_statement_type,
                     try_statement_type, catch_clause_type, placeholder_statement_type,
                     var_decl_statement_type, tuple_decl_statement_type, expression_statement_type,
                     local_variable_type)
BOOST_SPIRIT_DECLARE(contract_member_type, parameter_type, event_parameter_type,
                     state_variable_type, struct_definition_type, struct_field_type,
                     enum_definition_type, enum_value_type, event_definition_type,
                     error_definition_type, modifier_definition_type, function_definition_type,
                     constructor_definition_type, receive_definition_type, fallback_definition_type,
                     override_specifier_type, modifier_invocation_type, using_directive_type,
                     using_function_type, value_type_definition_type)
BOOST_SPIRIT_DECLARE(source_unit_type, contract_definition_type, inheritance_specifier_type,
                     pragma_directive_type, import_directive_type, import_symbol_type)

} // namespace mallory::lang::parser
