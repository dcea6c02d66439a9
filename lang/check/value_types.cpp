// User-defined value types (`type Price is uint128;`, Solidity 0.8.8) and user-defined operators
// (`using {add as +} for Price global;`, 0.8.19), with solc's rules and messages.
//
// A value of type Price is represented exactly as its underlying type (Type::user_value marks
// it), so the compiler, the ABI and storage need nothing of their own: `wrap` and `unwrap` are
// conversions that change no bits, and an operator is a call of the pure free function that
// defines it (ExprInfo::call on the Binary or Unary node).
#include "lang/check/checker_impl.hpp"
#include "lang/parser/ast_util.hpp"

namespace mallory::lang::check {

std::string qualified_name(const UserValueTypeInfo& v) {
    if (v.contract && !v.contract->is_file_level()) return v.contract->name + "." + v.name;
    return v.name;
}

namespace {

bool is_comparison_op(std::string_view op) {
    return op == "==" || op == "!=" || op == "<" || op == ">" || op == "<=" || op == ">=";
}

/// `-` may be unary or binary, `~` only unary, every other user-definable operator binary.
bool may_be_unary(std::string_view op) {
    return op == "-" || op == "~";
}
bool may_be_binary(std::string_view op) {
    return op != "~";
}

std::string_view unary_op_text(ast::UnaryOp op) {
    switch (op) {
    case ast::UnaryOp::negate:
        return "-";
    case ast::UnaryOp::bit_not:
        return "~";
    case ast::UnaryOp::logical_not:
        return "!";
    case ast::UnaryOp::pre_inc:
    case ast::UnaryOp::post_inc:
        return "++";
    case ast::UnaryOp::pre_dec:
    case ast::UnaryOp::post_dec:
        return "--";
    case ast::UnaryOp::del:
        return "delete";
    }
    return "?";
}

std::string binary_operator_text(ast::BinaryOp op) {
    using B = ast::BinaryOp;
    switch (op) {
    case B::exp:
        return "**";
    case B::shl:
        return "<<";
    case B::shr:
        return ">>";
    case B::logical_and:
        return "&&";
    case B::logical_or:
        return "||";
    case B::bit_or:
        return "|";
    case B::bit_and:
        return "&";
    case B::bit_xor:
        return "^";
    case B::add:
        return "+";
    case B::sub:
        return "-";
    case B::mul:
        return "*";
    case B::div:
        return "/";
    case B::mod:
        return "%";
    case B::eq:
        return "==";
    case B::ne:
        return "!=";
    case B::lt:
        return "<";
    case B::gt:
        return ">";
    case B::le:
        return "<=";
    case B::ge:
        return ">=";
    }
    return "?";
}

/// `**`, `<<`, `>>`, `&&` and `||` cannot be user-defined.
bool user_definable(ast::BinaryOp op) {
    using B = ast::BinaryOp;
    return op != B::exp && op != B::shl && op != B::shr && op != B::logical_and &&
           op != B::logical_or;
}

Span parameters_span(const FunctionInfo& f) {
    const auto& ps = f.ast ? f.ast->parameters : std::vector<ast::VariableDeclaration>{};
    if (ps.empty()) return f.span;
    return {ps.front().span.file, ps.front().span.begin, ps.back().span.end};
}

Span returns_span(const FunctionInfo& f) {
    const auto& rs = f.ast ? f.ast->returns : std::vector<ast::VariableDeclaration>{};
    if (rs.empty()) return f.span;
    return {rs.front().span.file, rs.front().span.begin, rs.back().span.end};
}

} // namespace

void Checker::declare_value_type(ContractInfo* c, const ast::UserValueTypeDefinition& d) {
    auto* v = m_model.make<UserValueTypeInfo>();
    v->name = d.name;
    v->span = d.name_span;
    v->contract = c;
    v->ast = &d;
    m_model.bind(&d, v);
    c->value_types.push_back(v);
    v->type = error_type();
    const auto* elementary = boost::get<ast::ElementaryTypeName>(&d.underlying.get());
    if (!elementary) {
        error(DiagCode::NotAType, ast::span_of(d.underlying),
              "The underlying type for a user defined value type has to be an elementary value "
              "type.");
        return;
    }
    TypePtr underlying = resolve_type(d.underlying, c, m_contract_file[c]);
    if (is_error(underlying)) return;
    if (!is_value_type(*underlying) || underlying->kind == TypeKind::function) {
        error(DiagCode::NotAType, ast::span_of(d.underlying),
              fmt::format("The underlying type of the user defined value type \"{}\" is not a "
                          "value type.",
                          d.name));
        return;
    }
    Type t = *underlying;
    t.user_value = v;
    v->type = std::make_shared<const Type>(std::move(t));
}

TypePtr Checker::value_type_member(const ast::MemberAccess& m, const TypePtr& of) {
    const bool wrap = m.member == "wrap";
    if (!wrap && m.member != "unwrap") {
        error(DiagCode::MemberNotFound, m.member_span,
              fmt::format("Member \"{}\" not found or not visible after argument-dependent "
                          "lookup in type({}).",
                          m.member, to_string(*of)));
        return error_type();
    }
    // A special function: callable, but not a value of function type (solc's error 9574).
    Type ft;
    ft.kind = TypeKind::function;
    ft.call_kind = CallKind::conversion;
    ft.mutability = ast::Mutability::pure;
    ft.components = {wrap ? underlying_type(of) : of};
    ft.returns = {wrap ? of : underlying_type(of)};
    ft.text = wrap ? "wrap" : "unwrap";
    return std::make_shared<const Type>(std::move(ft));
}

TypePtr Checker::check_value_type_call(const ast::Call& c, const TypePtr& fn) {
    info(c.id).call.kind = CallKind::conversion;
    if (c.named && !c.arguments.empty()) {
        error(DiagCode::ArgumentCount, c.span,
              fmt::format("Named argument \"{}\" does not match function declaration.",
                          c.argument_names.empty() ? std::string() : c.argument_names.front()));
        for (const auto& a : c.arguments)
            check_expr(a);
        return fn->returns.front();
    }
    if (!c.options.empty())
        error(DiagCode::CallOptionInvalid, c.span,
              "call options can only be used on external calls and 'new'");
    check_args_against(c.arguments, fn->components, c.span, fmt::format("'{}'", fn->text));
    return fn->returns.front();
}

// ---------------------------------------------------------------------------------------------
// Operators: their definition in `using {f as op} for T global;` and their use.
// ---------------------------------------------------------------------------------------------

void Checker::define_operator(UsingEntry& entry, const ast::UsingDirective& u,
                              const ast::UsingFunction& uf, const FunctionInfo* f) {
    if (!u.global) {
        error(DiagCode::TypeMismatch, uf.path.span,
              "Operators can only be defined in a global 'using for' directive.");
        return;
    }
    if (!entry.type || !entry.type->user_value) {
        error(DiagCode::TypeMismatch, uf.path.span,
              "Operators can only be implemented for user-defined value types.");
        return;
    }
    if (!f->contract || !f->contract->is_file_level() || f->mutability != ast::Mutability::pure) {
        error(DiagCode::TypeMismatch, uf.path.span,
              "Only pure free functions can be used to define operators.");
        return;
    }
    const Type& t = *entry.type;
    const std::string& op = uf.op;
    const std::size_t n = f->parameter_types.size();
    bool params_ok = (n == 1 && may_be_unary(op)) || (n == 2 && may_be_binary(op));
    for (const TypePtr& p : f->parameter_types)
        params_ok = params_ok && p && same_type(*p, t);
    if (!params_ok) {
        const char* count = op == "-"   ? "one or two parameters"
                            : op == "~" ? "exactly one parameter"
                                        : "two parameters";
        error(DiagCode::TypeMismatch, parameters_span(*f),
              fmt::format("Wrong parameters in operator definition. The function \"{}\" needs to "
                          "have {} of type {} and the same data location to be used for the "
                          "operator {}.",
                          text_of(uf.path.span), count, to_string(t), op));
        return;
    }
    const bool comparison = is_comparison_op(op) && n == 2;
    const TypePtr want = comparison ? bool_type() : entry.type;
    if (f->return_types.size() != 1 || !f->return_types[0] ||
        !same_type(*f->return_types[0], *want)) {
        error(DiagCode::TypeMismatch, returns_span(*f),
              fmt::format("Wrong return parameters in operator definition. The function \"{}\" "
                          "needs to return exactly one value of type {} to be used for the "
                          "operator {}.",
                          text_of(uf.path.span), to_string(*want), op));
        return;
    }
    // Two functions for one operator of one directive clash even where it is never used.
    for (const auto& [text, other] : entry.operators)
        if (text == op && other != f && other->parameter_types.size() == n) {
            error(DiagCode::AmbiguousOverload, uf.path.span,
                  fmt::format("User-defined {} operator {} has more than one definition matching "
                              "the operand type visible in the current scope.",
                              n == 1 ? "unary" : "binary", op));
            return;
        }
    entry.operators.push_back({op, f});
}

std::vector<const FunctionInfo*>
Checker::operator_definitions(const std::string& op, const Type& operand, std::size_t arity) const {
    std::vector<const FunctionInfo*> found;
    // Only global directives define operators (a local one is an error, reported there).
    for (const UsingEntry& e : m_global_usings) {
        if (!e.type || !same_base_type(*e.type, operand)) continue;
        for (const auto& [text, f] : e.operators)
            if (text == op && f->parameter_types.size() == arity &&
                std::find(found.begin(), found.end(), f) == found.end())
                found.push_back(f);
    }
    return found;
}

std::optional<TypePtr> Checker::user_binary_operator(const ast::Binary& b, const TypePtr& l,
                                                     const TypePtr& r) {
    if (is_error(l) || is_error(r)) return std::nullopt;
    if (!l->user_value && !r->user_value) return std::nullopt;
    const std::string op = binary_operator_text(b.op);
    std::vector<const FunctionInfo*> defs;
    if (l->user_value && user_definable(b.op)) defs = operator_definitions(op, *l, 2);
    if (defs.empty()) {
        error(DiagCode::OperatorTypes, b.span,
              fmt::format("Built-in binary operator {} cannot be applied to types {} and {}.{}", op,
                          to_string(*l), to_string(*r),
                          l->user_value ? " No matching user-defined operator found." : ""));
        return error_type();
    }
    if (defs.size() > 1) {
        error(DiagCode::AmbiguousOverload, b.span,
              fmt::format("User-defined binary operator {} has more than one definition matching "
                          "the operand type visible in the current scope.",
                          op));
        return error_type();
    }
    if (!same_type(*l, *r)) {
        error(DiagCode::OperatorTypes, b.span,
              fmt::format("The type of the second operand of this user-defined binary operator {} "
                          "does not match the type of the first operand, which is {}.",
                          op, to_string(*l)));
        return error_type();
    }
    return use_operator(b.id, defs.front(), b.span);
}

std::optional<TypePtr> Checker::user_unary_operator(const ast::Unary& u, const TypePtr& t) {
    if (is_error(t) || !t->user_value) return std::nullopt;
    const std::string op(unary_op_text(u.op));
    // `delete`, `!`, `++` and `--` cannot be user-defined: solc rejects them on value types.
    const bool definable = u.op == ast::UnaryOp::negate || u.op == ast::UnaryOp::bit_not;
    std::vector<const FunctionInfo*> defs;
    if (definable) defs = operator_definitions(op, *t, 1);
    if (defs.empty()) {
        error(DiagCode::OperatorTypes, u.span,
              fmt::format("Built-in unary operator {} cannot be applied to type {}.{}", op,
                          to_string(*t),
                          definable ? " No matching user-defined operator found." : ""));
        return error_type();
    }
    if (defs.size() > 1) {
        error(DiagCode::AmbiguousOverload, u.span,
              fmt::format("User-defined unary operator {} has more than one definition matching "
                          "the operand type visible in the current scope.",
                          op));
        return error_type();
    }
    return use_operator(u.id, defs.front(), u.span);
}

TypePtr Checker::use_operator(ast::NodeId id, const FunctionInfo* f, Span span) {
    CallInfo& call = info(id).call;
    call.kind = CallKind::internal;
    call.function = f;
    note_call_effect(f->mutability, span);
    return f->return_types.front();
}

} // namespace mallory::lang::check
