#pragma once
/// Rule definitions (X3's `grammar_def.hpp`), an EBNF comment above each. Only the `_def`
/// parser expressions live here; each rule group's translation unit binds its rules with
/// BOOST_SPIRIT_DEFINE and instantiates them, so that the expensive template instantiation of
/// a group happens in exactly one .cpp.
///
/// Conventions: `>` where the grammar commits (the error then says what was expected), `>>`
/// where an alternative may still be tried. Node-building rules are wrapped in `spanned[...]`,
/// which sets the node's span; actions fill its fields.

#include "lang/parser/ast_adapted.hpp"
#include "lang/parser/ast_util.hpp"
#include "lang/parser/grammar.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/parsers.hpp"
#include "lang/parser/passes.hpp"
#include "lang/parser/recovery.hpp"
#include "lang/parser/yul.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

namespace mallory::lang::parser {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::_where;

// ---------------------------------------------------------------------------------------------
// Action helpers
// ---------------------------------------------------------------------------------------------

template <typename Ctx> ParseState& state_of(Ctx const& ctx) {
    return x3::get<state_tag>(ctx);
}

/// File offset of the end of the text the action's parser matched. (In Boost 1.74 an
/// action's `_where` is the range from the end of the match to the end of the input.)
template <typename Ctx> std::uint32_t matched_end(Ctx const& ctx) {
    return state_of(ctx).offset(_where(ctx).begin());
}

/// The buffer position of a file offset inside the text being parsed.
template <typename Ctx> const char* at_offset(Ctx const& ctx, std::uint32_t offset) {
    return state_of(ctx).origin + (offset - state_of(ctx).bias);
}

inline constexpr auto assign_val = [](auto& ctx) { _val(ctx) = std::move(_attr(ctx)); };
inline constexpr auto set_name = [](auto& ctx) {
    _val(ctx).name = std::move(_attr(ctx).text);
    _val(ctx).name_span = _attr(ctx).span;
};

/// X3 yields boost::optional for `-p`; the AST uses std::optional.
template <typename T> std::optional<T> to_std(boost::optional<T>&& value) {
    if (value) return std::move(*value);
    return std::nullopt;
}

/// A span from the start of `from` to `end`.
inline Span join(Span from, std::uint32_t end) {
    return {from.file, from.begin, end};
}

/// Throws "given twice" for a repeated specifier.
inline void duplicate(const char* begin, const char* end, std::string_view what) {
    throw_issue(DiagCode::DuplicateSpecifier, begin, end,
                "the " + std::string(what) + " is given more than once");
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

inline constexpr IdentParser ident{};
/// A member name: an identifier, or `address` (an external function value's address).
inline constexpr IdentParser member_name{{}, "address"};

// elementary_type_name := elementary ['payable']          -- 'payable' only after 'address'
inline const auto elementary_type_name_def = ElementaryParser{}[assign_val] >>
                                             -kw("payable")[([](auto& ctx) {
                                                 if (_val(ctx).name != "address")
                                                     _pass(ctx) = false;
                                                 else {
                                                     _val(ctx).payable = true;
                                                     _val(ctx).span.end = matched_end(ctx);
                                                 }
                                             })];

// user_type_name := identifier ('.' identifier)*
inline constexpr auto push_path = [](auto& ctx) { _val(ctx).path.push_back(_attr(ctx).text); };
inline const auto user_type_name_def = spanned[ident[push_path] >> *(p(".") >> ident[push_path])];

// mapping_type := 'mapping' '(' type_name [identifier] '=>' type_name [identifier] ')'
inline const auto mapping_type_def =
    spanned[kw("mapping") > p("(") > type_name[([](auto& ctx) { _val(ctx).key = _attr(ctx); })] >>
            -ident[([](auto& ctx) { _val(ctx).key_name = _attr(ctx).text; })] > p("=>") >
            type_name[([](auto& ctx) { _val(ctx).value = _attr(ctx); })] >>
            -ident[([](auto& ctx) { _val(ctx).value_name = _attr(ctx).text; })] > p(")")];

/// `T[n]` / `T[]`: wraps the type parsed so far.
inline constexpr auto wrap_array = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::ArrayTypeName array;
    Span base = ast::span_of(_val(ctx));
    array.base = std::move(_val(ctx));
    array.length = to_std(std::move(_attr(ctx)));
    array.span = join(base, matched_end(ctx));
    _val(ctx) = std::move(array);
};

// type_name := (mapping_type | elementary_type_name | function_type_name | user_type_name)
//              ('[' [expression] ']')*
inline const auto type_name_def =
    nest[chain_scope[(mapping_type[assign_val] | elementary_type_name[assign_val] |
                      function_type_name[assign_val] | user_type_name[assign_val]) >>
                     *((p("[") >> -expression >> p("]"))[wrap_array])]];

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

/// Binary operators by precedence climbing over `unary_expr` operands (one loop instead of a
/// rule per precedence level: faster, and the tree comes out with lhs/rhs by precedence).
struct BinaryChainParser : x3::parser<BinaryChainParser> {
    using attribute_type = ast::Expression;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::Expression& attr) const {
        ParseState& state = x3::get<state_tag>(ctx);
        struct Restore {
            int& depth;
            int saved;
            ~Restore() { depth = saved; }
        } restore{state.depth, state.depth};
        if (!unary_expr.parse(first, last, ctx, x3::unused, attr)) return false;
        climb(first, last, ctx, attr, 0);
        return true;
    }

    template <typename Ctx>
    static void climb(const char*& first, const char* last, Ctx const& ctx, ast::Expression& lhs,
                      int min_precedence) {
        for (;;) {
            const char* at = skip_trivia(first, last);
            const BinaryOpInfo* op = match_binary_op(at, last);
            if (!op || op->precedence < min_precedence) return;
            charge_depth(x3::get<state_tag>(ctx), at, last);
            first = at + op->text.size();
            ast::Expression rhs;
            if (!unary_expr.parse(first, last, ctx, x3::unused, rhs))
                throw x3::expectation_failure<const char*>(first, "an expression after '" +
                                                                      std::string(op->text) + "'");
            for (;;) {
                const BinaryOpInfo* next = match_binary_op(skip_trivia(first, last), last);
                if (!next || !(next->precedence > op->precedence ||
                               (next->right_assoc && next->precedence == op->precedence)))
                    break;
                climb(first, last, ctx, rhs,
                      op->precedence + (next->precedence > op->precedence ? 1 : 0));
            }
            ast::Binary binary;
            binary.op = op->op;
            binary.span = join(ast::span_of(lhs), ast::span_of(rhs).end);
            binary.lhs = std::move(lhs);
            binary.rhs = std::move(rhs);
            lhs = std::move(binary);
        }
    }
};

inline constexpr auto make_assignment = [](auto& ctx) {
    ast::Assignment node;
    node.op = at_c<0>(_attr(ctx)).value;
    node.span = join(ast::span_of(_val(ctx)), ast::span_of(at_c<1>(_attr(ctx))).end);
    node.lhs = std::move(_val(ctx));
    node.rhs = std::move(at_c<1>(_attr(ctx)));
    _val(ctx) = std::move(node);
};

inline constexpr auto make_conditional = [](auto& ctx) {
    ast::Conditional node;
    node.span = join(ast::span_of(_val(ctx)), ast::span_of(at_c<1>(_attr(ctx))).end);
    node.condition = std::move(_val(ctx));
    node.when_true = std::move(at_c<0>(_attr(ctx)));
    node.when_false = std::move(at_c<1>(_attr(ctx)));
    _val(ctx) = std::move(node);
};

// expression := binary_expression [assignment_operator expression
//                                  | '?' expression ':' expression]
// assignment_operator := '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '|=' | '&=' | '^=' | '<<=' |
// '>>='
inline const auto expression_def =
    nest[BinaryChainParser{}[assign_val] >>
         -((AssignOpParser{} > expression)[make_assignment] |
           (p("?") > expression > p(":", "':' of the conditional expression") >
            expression)[make_conditional])];

inline constexpr auto make_unary = [](auto& ctx) {
    ast::Unary node;
    auto const& op = at_c<0>(_attr(ctx));
    node.op = op.value;
    node.operand = std::move(at_c<1>(_attr(ctx)));
    node.span = state_of(ctx).span(op.begin, op.end);
    node.span.end = ast::span_of(node.operand).end;
    _val(ctx) = std::move(node);
};

// unary_expression := ('!' | '~' | '-' | '++' | '--' | 'delete') unary_expression
//                   | postfix_expression
inline const auto unary_expr_def =
    nest[(PrefixOpParser{} > unary_expr)[make_unary] | postfix_expr[assign_val]];

inline constexpr auto wrap_member = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::MemberAccess node;
    node.span = join(ast::span_of(_val(ctx)), _attr(ctx).span.end);
    node.object = std::move(_val(ctx));
    node.member = std::move(_attr(ctx).text);
    node.member_span = _attr(ctx).span;
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_index = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::IndexAccess node;
    node.span = join(ast::span_of(_val(ctx)), matched_end(ctx));
    node.object = std::move(_val(ctx));
    node.index = to_std(std::move(_attr(ctx)));
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_index_range = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::IndexRangeAccess node;
    node.span = join(ast::span_of(_val(ctx)), matched_end(ctx));
    node.object = std::move(_val(ctx));
    node.start = to_std(std::move(at_c<0>(_attr(ctx))));
    node.end = to_std(std::move(at_c<1>(_attr(ctx))));
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_call = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::Call node;
    node.span = join(ast::span_of(_val(ctx)), matched_end(ctx));
    node.callee = std::move(_val(ctx));
    node.arguments = std::move(_attr(ctx));
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_call_with_options = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::Call node;
    node.span = join(ast::span_of(_val(ctx)), matched_end(ctx));
    node.callee = std::move(_val(ctx));
    node.has_option_braces = true;
    if (at_c<0>(_attr(ctx))) node.options = std::move(*at_c<0>(_attr(ctx)));
    node.arguments = std::move(at_c<1>(_attr(ctx)));
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_postfix = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::Unary node;
    node.op = _attr(ctx).value;
    node.span = join(ast::span_of(_val(ctx)), state_of(ctx).offset(_attr(ctx).end));
    node.operand = std::move(_val(ctx));
    _val(ctx) = std::move(node);
};

inline constexpr auto wrap_named_call = [](auto& ctx) {
    charge_depth(state_of(ctx), _where(ctx).begin(), _where(ctx).end());
    ast::Call node;
    node.span = join(ast::span_of(_val(ctx)), matched_end(ctx));
    node.callee = std::move(_val(ctx));
    node.named = true;
    if (_attr(ctx))
        for (ast::CallOption& argument : *_attr(ctx)) {
            Span name = argument.span;
            name.end = name.begin + static_cast<std::uint32_t>(argument.name.size());
            node.argument_names.push_back(std::move(argument.name));
            node.argument_name_spans.push_back(name);
            node.arguments.push_back(std::move(argument.value));
        }
    _val(ctx) = std::move(node);
};

inline constexpr RejectParser named_arguments_reject{
    {},
    "{",
    DiagCode::UnsupportedNamedArguments,
    "named arguments in a modifier, a base constructor or a call with '{value: ...}' are not "
    "supported by Mallory's subset (LANGUAGE.md §4)",
    "pass the arguments by position",
    0,
    0};
/// solc's ParserError 4799: an inline array element left out (`[1, , 3]`, `[1, 2, ]`).
inline constexpr RejectParser omitted_comma{
    {},
    ",",
    DiagCode::OmittedArrayElement,
    "Expected expression (inline array elements cannot be omitted).",
    "",
    0,
    0};
inline constexpr RejectParser omitted_bracket{
    {},
    "]",
    DiagCode::OmittedArrayElement,
    "Expected expression (inline array elements cannot be omitted).",
    "",
    0,
    0};

/// `{` that opens call options: followed by `name:`.
/// As in solc, a `{` not followed by `name:` ends the expression: `try c.f() { ... }` opens the
/// success block, and `f{}()` is not a call with options.
inline const auto options_open = p("{") >> &(ident >> p(":"));

// postfix_expression := primary_expression
//     ( '.' identifier | '[' [expression] ']' | '[' [expression] ':' [expression] ']'
//     | '{' [call_option (',' call_option)*] '}' call_arguments
//     | '(' '{' [call_option (',' call_option)*] '}' ')' | call_arguments | '++' | '--' )*
// The index range `a[i:j]` re-reads its start only when a ':' follows it.
inline const auto postfix_expr_def = chain_scope
    [primary_expr[assign_val] >>
     *((p(".") > member_name)[wrap_member] |
       ((p("[") >> -expression >> !p(":")) > p("]"))[wrap_index] |
       ((p("[") >> -expression >> p(":")) > -expression >
        p("]", "']' to close the index range"))[wrap_index_range] |
       (options_open > -(call_option % p(",")) > p("}", "'}' to close the call options") >
        call_arguments)[wrap_call_with_options] |
       ((p("(") >> p("{")) > -(call_option % p(",")) > p("}", "'}' to close the named arguments") >
        p(")", "')' after the named arguments"))[wrap_named_call] |
       call_arguments[wrap_call] | PostfixOpParser{}[wrap_postfix])];

// call_arguments := '(' [expression (',' expression)*] ')'
inline const auto call_arguments_def =
    (p("(") >> !named_arguments_reject >>
     -(expression[([](auto& ctx) { _val(ctx).push_back(std::move(_attr(ctx))); })] % p(","))) >
    p(")", "')' or ',' in the argument list");

// call_option := identifier ':' expression
inline const auto call_option_def =
    spanned[ident[([](auto& ctx) { _val(ctx).name = _attr(ctx).text; })] > p(":") >
            expression[([](auto& ctx) { _val(ctx).value = std::move(_attr(ctx)); })]];

// tuple := '(' [expression] (',' [expression])* ')'
inline const auto tuple_expr_def =
    spanned[(p("(") >> (-expression)[([](auto& ctx) {
                           _val(ctx).elements.push_back(to_std(std::move(_attr(ctx))));
                       })] %
                           p(",")) > p(")", "')' or ','")[([](auto& ctx) {
                auto& elements = _val(ctx).elements;
                if (elements.size() == 1 && !elements[0]) elements.clear(); // `()`
            })]];

// inline_array := '[' [expression (',' expression)*] ']'     -- `[]` is a type error, not a
//                                                              syntax error (solc 6378)
inline const auto inline_array_def =
    spanned[p("[") >> (p("]") | (((expression[([](auto& ctx) {
                                       _val(ctx).elements.push_back(std::move(_attr(ctx)));
                                   })] |
                                   omitted_comma | omitted_bracket) %
                                  p(",")) > p("]", "']' or ',' in the inline array")))];

// bool_literal := 'true' | 'false'
inline const auto bool_literal_def =
    spanned[kw("true")[([](auto& ctx) { _val(ctx).value = true; })] |
            kw("false")[([](auto& ctx) { _val(ctx).value = false; })]];

// identifier_expr := identifier
inline const auto identifier_expr_def =
    spanned[ident[([](auto& ctx) { _val(ctx).name = std::move(_attr(ctx).text); })]];

// elementary_expr := elementary_type_name        -- `uint8(x)`, `address(this)`, `(uint, bool)`
inline const auto elementary_expr_def =
    spanned[ElementaryParser{}[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })]];

// new_expr := 'new' type_name
inline const auto new_expr_def =
    spanned[kw("new") > type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })]];

// primary_expression := number [unit] | string+ | 'true' | 'false' | tuple | inline_array |
// new_expr
//                     | 'payable' | 'type' | elementary_type_name | identifier
inline const auto primary_expr_def =
    NumberParser{}[assign_val] | StringParser{}[assign_val] | bool_literal[assign_val] |
    tuple_expr[assign_val] | inline_array[assign_val] | new_expr[assign_val] |
    KeywordCallee<ast::ElementaryTypeExpr>{{}, "payable"}[assign_val] |
    KeywordCallee<ast::Identifier>{{}, "type"}[assign_val] | elementary_expr[assign_val] |
    identifier_expr[assign_val];

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/// `assembly ... { ... }` (yul.hpp): the Yul subset, or a located rejection of what is outside.
struct AssemblyParser : x3::parser<AssemblyParser> {
    using attribute_type = ast::InlineAssembly;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::InlineAssembly& attr) const {
        x3::skip_over(first, last, ctx);
        return parse_inline_assembly(first, last, x3::get<state_tag>(ctx), attr);
    }
};

// block := '{' statement* '}'                   -- with statement-level recovery
inline const auto block_def = BlockBodyParser{};

// unchecked_block := 'unchecked' block
inline const auto unchecked_block_def = spanned[kw("unchecked") > BlockBodyParser{}[([](auto& ctx) {
                                                    Span span = _val(ctx).span;
                                                    _val(ctx) = std::move(_attr(ctx));
                                                    _val(ctx).span = span;
                                                    _val(ctx).unchecked = true;
                                                })]];

// local_variable := type_name [data_location] identifier
inline const auto local_variable_def =
    spanned[type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] >>
            -location_word[([](auto& ctx) { _val(ctx).location = _attr(ctx).value; })] >>
            ident[set_name]];

inline constexpr auto set_initial = [](auto& ctx) {
    _val(ctx).initial_value = std::move(_attr(ctx));
};

// var_decl_statement := local_variable ['=' expression] ';'
inline const auto var_decl_statement_def =
    spanned[local_variable[([](auto& ctx) {
                _val(ctx).variables.emplace_back(std::move(_attr(ctx)));
            })] > -(p("=", {}, "=>") > expression[set_initial]) >
            p(";", "';' after the variable declaration")];

// tuple_decl_statement := '(' [local_variable] (',' [local_variable])* ')' '=' expression ';'
inline const auto tuple_decl_statement_def =
    spanned[(p("(") >> (-local_variable)[([](auto& ctx) {
                           _val(ctx).variables.push_back(to_std(std::move(_attr(ctx))));
                       })] %
                           p(",") >>
             p(")")[([](auto& ctx) {
                 _val(ctx).is_tuple = true;
                 bool any = false;
                 for (auto const& v : _val(ctx).variables)
                     any = any || v.has_value();
                 _pass(ctx) = any; // `(a, b) = ...` is a tuple assignment, not a declaration
             })] >>
             p("=", {}, "=>")) > expression[set_initial] >
            p(";", "';' after the tuple declaration")];

// expression_statement := expression ';'
inline const auto expression_statement_def =
    spanned[expression[([](auto& ctx) { _val(ctx).expression = std::move(_attr(ctx)); })] >
            p(";", "';' after the expression")];

// simple_statement := tuple_decl_statement | var_decl_statement | expression_statement
inline const auto simple_statement_def = tuple_decl_statement[assign_val] |
                                         var_decl_statement[assign_val] |
                                         expression_statement[assign_val];

// if_statement := 'if' '(' expression ')' statement ['else' statement]
inline const auto if_statement_def =
    spanned[kw("if") > p("(") >
            expression[([](auto& ctx) { _val(ctx).condition = std::move(_attr(ctx)); })] > p(")") >
            statement[([](auto& ctx) { _val(ctx).then_branch = std::move(_attr(ctx)); })] >>
            -(kw("else") >
              statement[([](auto& ctx) { _val(ctx).else_branch = std::move(_attr(ctx)); })])];

// for_statement := 'for' '(' (simple_statement | ';') [expression] ';' [expression] ')' statement
inline const auto for_statement_def =
    spanned[kw("for") > p("(") >
            (simple_statement[([](auto& ctx) { _val(ctx).init = std::move(_attr(ctx)); })] |
             p(";")) >
            -expression[([](auto& ctx) { _val(ctx).condition = std::move(_attr(ctx)); })] >
            p(";", "';' after the loop condition") >
            -expression[([](auto& ctx) { _val(ctx).step = std::move(_attr(ctx)); })] > p(")") >
            statement[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })]];

// while_statement := 'while' '(' expression ')' statement
inline const auto while_statement_def =
    spanned[kw("while") > p("(") >
            expression[([](auto& ctx) { _val(ctx).condition = std::move(_attr(ctx)); })] > p(")") >
            statement[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })]];

// do_while_statement := 'do' statement 'while' '(' expression ')' ';'
inline const auto do_while_statement_def =
    spanned[kw("do") > statement[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })] >
            kw("while") > p("(") >
            expression[([](auto& ctx) { _val(ctx).condition = std::move(_attr(ctx)); })] > p(")") >
            p(";", "';' after do-while")];

// return_statement := 'return' [expression] ';'
inline const auto return_statement_def = spanned[(kw("return") >> -expression[([](auto& ctx) {
                                                      _val(ctx).value = std::move(_attr(ctx));
                                                  })]) > p(";", "';' after the return statement")];

// break_statement := 'break' ';'     continue_statement := 'continue' ';'
inline const auto break_statement_def = spanned[kw("break") > p(";", "';' after 'break'")];
inline const auto continue_statement_def = spanned[kw("continue") > p(";", "';' after 'continue'")];

/// `emit`/`revert` need a call: `emit E(...)`.
inline constexpr auto require_call = [](std::string_view keyword) {
    return [keyword](auto& ctx) {
        if (!ast::get_if<ast::Call>(_attr(ctx))) {
            Span span = ast::span_of(_attr(ctx));
            throw_issue(DiagCode::EmitNeedsCall, at_offset(ctx, span.begin),
                        at_offset(ctx, span.end),
                        "expected a call such as 'E(...)' after '" + std::string(keyword) + "'");
        }
    };
};

// emit_statement := 'emit' postfix_expression ';'         -- the expression must be a call
inline const auto emit_statement_def =
    spanned[kw("emit") > postfix_expr[require_call("emit")][([](auto& ctx) {
                _val(ctx).event_call = std::move(_attr(ctx));
            })] > p(";", "';' after the emit statement")];

// revert_statement := 'revert' postfix_expression ';'     -- `revert E(...)`; `revert(...)` is a
// call
inline const auto revert_statement_def =
    spanned[(kw("revert") >> &ident) > postfix_expr[require_call("revert")][([](auto& ctx) {
                _val(ctx).error_call = std::move(_attr(ctx));
            })] > p(";", "';' after the revert statement")];

/// `(p, ...)` of a catch clause into `_val.parameters`; `catch ()` is a syntax error, as in solc,
/// but a named clause may have an empty list (`catch Panic()`, rejected by the checker).
inline constexpr auto push_catch_parameter = [](auto& ctx) {
    _val(ctx).has_parameters = true;
    _val(ctx).parameters.push_back(std::move(_attr(ctx)));
};
inline constexpr auto mark_catch_parameters = [](auto& ctx) { _val(ctx).has_parameters = true; };

// catch_clause := 'catch' [identifier '(' [parameter (',' parameter)*] ')'
//                          | '(' parameter (',' parameter)* ')'] block
inline const auto catch_clause_def =
    spanned[kw("catch") >
            -((ident[set_name] > p("(")[mark_catch_parameters] >
               -(parameter[push_catch_parameter] % p(",")) >
               p(")", "')' or ',' in the parameter list")) |
              (p("(")[mark_catch_parameters] > (parameter[push_catch_parameter] % p(",")) >
               p(")", "')' or ',' in the parameter list"))) >
            block[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })]];

// try_statement := 'try' expression ['returns' '(' parameter (',' parameter)* ')'] block
//                  catch_clause+
inline const auto try_statement_def =
    spanned[kw("try") > expression[([](auto& ctx) { _val(ctx).call = std::move(_attr(ctx)); })] >
            -(kw("returns")[([](auto& ctx) { _val(ctx).has_returns = true; })] > p("(") >
              (parameter[([](auto& ctx) { _val(ctx).returns.push_back(std::move(_attr(ctx))); })] %
               p(",")) > p(")", "')' or ',' in the returns list")) >
            block[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })] >
            +catch_clause[([](auto& ctx) { _val(ctx).clauses.push_back(std::move(_attr(ctx))); })]];

// placeholder_statement := '_' ';'
inline const auto placeholder_statement_def = spanned[kw("_") >> p(";")];

// statement := block | unchecked_block | if_statement | for_statement | while_statement
//            | do_while_statement | return_statement | break_statement | continue_statement
//            | emit_statement | revert_statement | try_statement | placeholder_statement
//            | inline_assembly
//            | tuple_decl_statement | var_decl_statement | expression_statement
inline const auto statement_def =
    nest[block[assign_val] | unchecked_block[assign_val] | if_statement[assign_val] |
         for_statement[assign_val] | while_statement[assign_val] | do_while_statement[assign_val] |
         return_statement[assign_val] | break_statement[assign_val] |
         continue_statement[assign_val] | emit_statement[assign_val] |
         revert_statement[assign_val] | try_statement[assign_val] |
         placeholder_statement[assign_val] | AssemblyParser{}[assign_val] |
         simple_statement[assign_val]];

// ---------------------------------------------------------------------------------------------
// Contract members
// ---------------------------------------------------------------------------------------------

// parameter := type_name [data_location] [identifier]
inline const auto parameter_def =
    spanned[type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] >>
            -location_word[([](auto& ctx) { _val(ctx).location = _attr(ctx).value; })] >>
            -ident[set_name]];

// event_parameter := type_name ['indexed'] [identifier]
inline const auto event_parameter_def =
    spanned[type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] >>
            -kw("indexed")[([](auto& ctx) { _val(ctx).indexed = true; })] >> -ident[set_name]];

/// `(p, p, ...)` into `_val.parameters` / `_val.returns`.
inline constexpr auto push_parameter = [](auto& ctx) {
    _val(ctx).parameters.push_back(std::move(_attr(ctx)));
};
inline const auto parameter_list = p("(") > -(parameter[push_parameter] % p(",")) >
                                   p(")", "')' or ',' in the parameter list");

// override_specifier := 'override' ['(' user_type_name (',' user_type_name)* ')']
inline const auto override_specifier_def =
    spanned[kw("override") >>
            -(p("(") > (user_type_name[([](auto& ctx) { _val(ctx).bases.push_back(_attr(ctx)); })] %
                        p(",")) > p(")"))];

// modifier_invocation := user_type_name [call_arguments]
inline const auto modifier_invocation_def =
    spanned[user_type_name[([](auto& ctx) { _val(ctx).name = std::move(_attr(ctx)); })] >>
            -call_arguments[([](auto& ctx) { _val(ctx).arguments = std::move(_attr(ctx)); })]];

inline constexpr auto set_visibility = [](auto& ctx) {
    auto const& word = _attr(ctx);
    if (_val(ctx).visibility != ast::Visibility::unspecified)
        duplicate(word.begin, word.end, "visibility");
    _val(ctx).visibility = word.value;
};
inline constexpr auto set_mutability = [](auto& ctx) {
    auto const& word = _attr(ctx);
    if (_val(ctx).mutability != ast::Mutability::nonpayable)
        duplicate(word.begin, word.end, "state mutability");
    _val(ctx).mutability = word.value;
};
inline constexpr auto set_virtual = [](auto& ctx) {
    if (_val(ctx).is_virtual) {
        const char* end = _where(ctx).begin();
        duplicate(end - 7, end, "'virtual' specifier");
    }
    _val(ctx).is_virtual = true;
};
inline constexpr auto set_override = [](auto& ctx) {
    if (_val(ctx).override_) {
        Span span = _attr(ctx).span;
        duplicate(at_offset(ctx, span.begin), at_offset(ctx, span.end), "'override' specifier");
    }
    _val(ctx).override_ = std::move(_attr(ctx));
};

// function_attributes := (visibility | state_mutability | 'virtual' | override_specifier
//                        | modifier_invocation)*
inline const auto function_attributes = *(
    visibility_word[set_visibility] | mutability_word[set_mutability] | kw("virtual")[set_virtual] |
    override_specifier[set_override] |
    modifier_invocation[([](auto& ctx) { _val(ctx).modifiers.push_back(std::move(_attr(ctx))); })]);

// returns := 'returns' '(' parameter (',' parameter)* ')'
inline const auto returns_list =
    kw("returns") > p("(") >
    (parameter[([](auto& ctx) { _val(ctx).returns.push_back(std::move(_attr(ctx))); })] % p(",")) >
    p(")", "')' or ',' in the returns list");

/// The visibility of a function type: only `internal` or `external` belong to the type, so
/// that `function () internal public f;` leaves `public` to the state variable.
inline constexpr WordChoice<ast::Visibility, 2> function_type_visibility{
    {},
    {{{"external", ast::Visibility::external}, {"internal", ast::Visibility::internal}}},
    "a visibility"};

// function_type_name := 'function' parameter_list ('internal' | 'external' | state_mutability)*
//                       [returns]
inline const auto function_type_name_def =
    spanned[(kw("function") >> &p("(")) > parameter_list >
            *(function_type_visibility[set_visibility] | mutability_word[set_mutability]) >>
            -returns_list];

/// `;` (no body) or a block.
inline const auto function_body =
    p(";") | block[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })];

// function_definition := 'function' identifier parameter_list function_attributes [returns]
//                        (';' | block)
inline const auto function_definition_def =
    spanned[(kw("function") >> !p("(")) >
            (ident[set_name] > parameter_list > function_attributes > -returns_list >
             (function_body | x3::expect[p("{", "'{' or ';' after the function header")]))];

// constructor_definition := 'constructor' parameter_list function_attributes block
inline const auto constructor_definition_def =
    spanned[kw("constructor")[([](auto& ctx) {
                _val(ctx).kind = ast::FunctionKind::constructor;
            })] > parameter_list > function_attributes >
            block[([](auto& ctx) { _val(ctx).body = std::move(_attr(ctx)); })]];

// receive_definition := 'receive' '(' ')' function_attributes block
inline const auto receive_definition_def =
    spanned[(kw("receive")[([](auto& ctx) { _val(ctx).kind = ast::FunctionKind::receive; })] >>
             &p("(")) > parameter_list > function_attributes > function_body];

// fallback_definition := 'fallback' parameter_list function_attributes [returns] block
inline const auto fallback_definition_def =
    spanned[(kw("fallback")[([](auto& ctx) { _val(ctx).kind = ast::FunctionKind::fallback; })] >>
             &p("(")) > parameter_list > function_attributes > -returns_list > function_body];

// modifier_definition := 'modifier' identifier [parameter_list]
//                        ('virtual' | override_specifier)* (';' | block)
inline const auto modifier_definition_def =
    spanned[kw("modifier") > ident[set_name] > -parameter_list >
            *(kw("virtual")[set_virtual] | override_specifier[set_override]) >
            (function_body | x3::expect[p("{", "'{' or ';' after the modifier header")])];

// event_definition := 'event' identifier '(' [event_parameter (',' event_parameter)*] ')'
//                     ['anonymous'] ';'
inline const auto event_definition_def =
    spanned[kw("event") > ident[set_name] > p("(") > -(event_parameter[push_parameter] % p(",")) >
            p(")", "')' or ',' in the parameter list") >>
            -kw("anonymous")[([](auto& ctx) { _val(ctx).anonymous = true; })] >
            p(";", "';' after the event definition")];

// error_definition := 'error' identifier parameter_list ';'
inline const auto error_definition_def =
    spanned[(kw("error") >> &ident) > ident[set_name] > parameter_list >
            p(";", "';' after the error definition")];

// struct_field := type_name identifier ';'
inline const auto struct_field_def =
    spanned[type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] >
            ident[set_name] > p(";", "';' after the struct member")];

// struct_definition := 'struct' identifier '{' struct_field* '}'
inline const auto struct_definition_def =
    spanned[kw("struct") > ident[set_name] > p("{") >
            *struct_field[([](auto& ctx) { _val(ctx).members.push_back(std::move(_attr(ctx))); })] >
            p("}", "a struct member or '}'")];

// enum_value := identifier
inline const auto enum_value_def =
    spanned[ident[([](auto& ctx) { _val(ctx).name = std::move(_attr(ctx).text); })]];

// enum_definition := 'enum' identifier '{' enum_value (',' enum_value)* '}'
inline const auto enum_definition_def =
    spanned[kw("enum") > ident[set_name] > p("{") >
            (enum_value[([](auto& ctx) { _val(ctx).values.push_back(std::move(_attr(ctx))); })] %
             p(",")) > p("}", "',' or '}' in the enum")];

// state_variable := type_name (visibility | 'constant' | 'immutable' | 'transient' !(';' | '=')
//                   | override_specifier)* identifier ['=' expression] ';'
// (`transient` right before ';' or '=' is the name: `uint transient;` declares `transient`.)
inline const auto state_variable_def =
    spanned[(type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] >>
             *(visibility_word[set_visibility] |
               kw("constant")[([](auto& ctx) { _val(ctx).constant = true; })] |
               kw("immutable")[([](auto& ctx) { _val(ctx).immutable = true; })] |
               (kw("transient") >>
                !(p(";") | p("=")))[([](auto& ctx) { _val(ctx).transient = true; })] |
               override_specifier[set_override]) >>
             ident[set_name]) > -(p("=", {}, "=>") > expression[set_initial]) >
            p(";", "';' after the state variable declaration")];

// user_operator := '|' | '&' | '^' | '~' | '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<=' | '>='
//                  | '<' | '>'
inline const auto user_operator =
    x3::lexeme[x3::raw[x3::lit("==") | "!=" | "<=" | ">=" |
                       (x3::char_("|&^~+*/%<>-") >> !x3::char_("|&<>=*-+"))]];

// using_function := user_type_name ['as' user_operator]
inline const auto using_function_def =
    spanned[user_type_name[([](auto& ctx) { _val(ctx).path = std::move(_attr(ctx)); })] >>
            -(kw("as") >
              (user_operator[(
                   [](auto& ctx) { _val(ctx).op.assign(_attr(ctx).begin(), _attr(ctx).end()); })] |
               x3::expect[p("+", "a user-definable operator after 'as' (|, &, ^, ~, +, -, *, /, "
                                 "%, ==, !=, <, >, <=, >=)")]))];

// using_directive := 'using' (user_type_name | '{' using_function (',' using_function)* '}')
//                    'for' ('*' | type_name) ['global'] ';'
inline const auto using_directive_def =
    spanned[kw("using") >
            (user_type_name[([](auto& ctx) { _val(ctx).library = std::move(_attr(ctx)); })] |
             (p("{") > (using_function[([](auto& ctx) {
                            _val(ctx).functions.push_back(std::move(_attr(ctx)));
                        })] %
                        p(",")) > p("}", "',' or '}' in the function list")) |
             x3::expect[p("{", "a library name or '{' after 'using'")]) > kw("for") >
            (p("*") | type_name[([](auto& ctx) { _val(ctx).type = std::move(_attr(ctx)); })] |
             x3::expect[p("*", "'*' or a type name after 'for'")]) >
            -kw("global")[([](auto& ctx) { _val(ctx).global = true; })] >
            p(";", "';' after the 'using' directive")];

// value_type_definition := 'type' identifier 'is' type_name ';'
inline const auto value_type_definition_def =
    spanned[kw("type") > ident[set_name] > kw("is") >
            type_name[([](auto& ctx) { _val(ctx).underlying = std::move(_attr(ctx)); })] >
            p(";", "';' after the user-defined value type")];

// contract_member := struct_definition | enum_definition | event_definition | error_definition
//                  | modifier_definition | constructor_definition | receive_definition
//                  | fallback_definition | function_definition | state_variable
inline const auto contract_member_def =
    struct_definition[assign_val] | enum_definition[assign_val] | event_definition[assign_val] |
    error_definition[assign_val] | modifier_definition[assign_val] |
    constructor_definition[assign_val] | receive_definition[assign_val] |
    fallback_definition[assign_val] | function_definition[assign_val] |
    value_type_definition[assign_val] | state_variable[assign_val];

// ---------------------------------------------------------------------------------------------
// Source units
// ---------------------------------------------------------------------------------------------

// inheritance_specifier := user_type_name [call_arguments]
inline const auto inheritance_specifier_def =
    spanned[user_type_name[([](auto& ctx) { _val(ctx).base = std::move(_attr(ctx)); })] >>
            -call_arguments[([](auto& ctx) { _val(ctx).arguments = std::move(_attr(ctx)); })]];

/// Remembers where the contract starts for "opened at" messages.
inline constexpr auto contract_kind = [](ast::ContractKind kind) {
    return [kind](auto& ctx) {
        // spanned[] has already set the span's start.
        state_of(ctx).contract_begin = at_offset(ctx, _val(ctx).span.begin);
        state_of(ctx).usings.clear(); // left over by a contract that failed to parse
        _val(ctx).kind = kind;
    };
};

// contract_definition := ('contract' | 'abstract' 'contract' | 'interface' | 'library') identifier
//                        ['is' inheritance_specifier (',' inheritance_specifier)*]
//                        '{' contract_member* '}'
inline const auto contract_definition_def =
    spanned[((kw("abstract") >
              kw("contract"))[contract_kind(ast::ContractKind::abstract_contract)] |
             kw("contract")[contract_kind(ast::ContractKind::contract)] |
             kw("interface")[contract_kind(ast::ContractKind::interface)] |
             kw("library")[contract_kind(ast::ContractKind::library)]) > ident[set_name] >
            -(kw("is") > (inheritance_specifier[([](auto& ctx) {
                              _val(ctx).bases.push_back(std::move(_attr(ctx)));
                          })] %
                          p(","))) > x3::expect[MemberListParser{}[([](auto& ctx) {
                _val(ctx).members = std::move(_attr(ctx));
            })]] >>
            x3::eps[([](auto& ctx) {
                state_of(ctx).contract_begin = nullptr;
                _val(ctx).usings = std::move(state_of(ctx).usings);
                state_of(ctx).usings.clear();
            })]];

// pragma_directive := 'pragma' identifier pragma_value ';'
inline const auto pragma_directive_def =
    spanned[kw("pragma") > ident[([](auto& ctx) { _val(ctx).name = _attr(ctx).text; })] >
            PragmaValueParser{}[([](auto& ctx) {
                _val(ctx).value = std::string(_attr(ctx).value);
            })] > p(";", "';' after the pragma")];

// import_symbol := identifier ['as' identifier]
inline const auto import_symbol_def =
    spanned[ident[([](auto& ctx) { _val(ctx).name = _attr(ctx).text; })] >>
            -(kw("as") > ident[([](auto& ctx) { _val(ctx).alias = _attr(ctx).text; })])];

inline constexpr auto set_path = [](auto& ctx) {
    _val(ctx).path = _attr(ctx).value;
    _val(ctx).path_span = _attr(ctx).span;
};
inline constexpr auto set_unit_alias = [](auto& ctx) { _val(ctx).unit_alias = _attr(ctx).text; };

// import_directive := 'import' ( string ['as' identifier]
//                              | '*' 'as' identifier 'from' string
//                              | '{' import_symbol (',' import_symbol)* '}' 'from' string ) ';'
inline const auto import_directive_def =
    spanned[kw("import") >
            ((StringParser{}[set_path] >> -(kw("as") > ident[set_unit_alias])) |
             (p("*") > kw("as") > ident[set_unit_alias] > kw("from") > StringParser{}[set_path]) |
             (p("{") >
              (import_symbol[([](auto& ctx) { _val(ctx).symbols.push_back(_attr(ctx)); })] %
               p(",")) > p("}", "',' or '}' in the import list") > kw("from") >
              StringParser{}[set_path])) > p(";", "';' after the import")];

/// A file-level declaration: its member goes to the file's unnamed container.
inline const auto file_member = struct_definition[assign_val] | enum_definition[assign_val] |
                                event_definition[assign_val] | error_definition[assign_val] |
                                function_definition[assign_val] |
                                value_type_definition[assign_val] | state_variable[assign_val];

// source_unit := (pragma_directive | import_directive | contract_definition | using_directive
//                | struct_definition | enum_definition | event_definition | error_definition
//                | function_definition | state_variable)*
struct SourceUnitParser : x3::parser<SourceUnitParser> {
    using attribute_type = ast::SourceUnit;

    template <typename It, typename Ctx, typename RCtx>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, ast::SourceUnit& unit) const {
        ParseState& state = x3::get<state_tag>(ctx);
        unit.file_level.kind = ast::ContractKind::file_level;
        auto item = [&](const char*& at) {
            if (ast::PragmaDirective pragma;
                pragma_directive.parse(at, last, ctx, x3::unused, pragma)) {
                check_pragma(state, pragma, state.origin);
                unit.pragmas.push_back(std::move(pragma));
                return true;
            }
            if (ast::ImportDirective import;
                import_directive.parse(at, last, ctx, x3::unused, import)) {
                unit.imports.push_back(std::move(import));
                return true;
            }
            if (ast::ContractDefinition contract;
                contract_definition.parse(at, last, ctx, x3::unused, contract)) {
                unit.contracts.push_back(std::move(contract));
                return true;
            }
            if (ast::UsingDirective directive;
                using_directive.parse(at, last, ctx, x3::unused, directive)) {
                unit.file_level.usings.push_back(std::move(directive));
                return true;
            }
            ast::ContractMember member;
            if (!file_member.parse(at, last, ctx, x3::unused, member)) return false;
            unit.file_level.members.push_back(std::move(member));
            return true;
        };
        parse_items(
            first, last, ctx, false, item, nullptr, starts_top_level, DiagCode::ExpectedTopLevel,
            "'pragma', 'import', 'contract', 'abstract contract', 'interface', 'library' or a "
            "file-level declaration");
        return true;
    }
};

inline const auto source_unit_def = SourceUnitParser{};

} // namespace mallory::lang::parser

namespace boost::spirit::x3 {
template <> struct get_info<mallory::lang::parser::MemberListParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::MemberListParser const&) const {
        return "'{' to open the contract body";
    }
};
template <> struct get_info<mallory::lang::parser::BlockBodyParser> {
    using result_type = std::string;
    std::string operator()(mallory::lang::parser::BlockBodyParser const&) const {
        return "'{' to open a block";
    }
};
} // namespace boost::spirit::x3
