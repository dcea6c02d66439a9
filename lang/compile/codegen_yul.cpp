// Inline assembly in Mallory's subset of Yul (LANGUAGE.md §4.1), as checked by
// check/assembly.cpp. Yul variables are frame locals; a Solidity storage pointer is its slot
// number on the stack (codegen.hpp), so `r.slot` reads and writes the pointer's local itself and
// `r.offset` is 0 (what a pointer points to starts a slot); a state variable's `x.offset` is its
// byte offset in its slot, which it may share with others (layout.hpp). A memory reference is
// its address, and memory is laid out as solc lays it out, so Yul reads and writes it directly.
// Like every statement, a Yul statement leaves the operand stack empty: its labels sit at
// height 0. A Yul function is a VM function of its own (recursion needs a frame per call),
// declared where its block starts (functions are hoisted) and compiled after the function that
// holds it; CALLF takes its arguments and leaves its returns, the first deepest.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"
#include "lang/yul_builtins.hpp"

#include <algorithm>
#include <type_traits>

namespace mallory::lang::codegen {

using vm::Op;

void FunctionCompiler::inline_assembly(const ast::InlineAssembly& a) {
    YulScopes scopes;
    yul_block(a.body, scopes);
}

void FunctionCompiler::yul_block(const std::vector<ast::YulStatement>& body, YulScopes& scopes) {
    scopes.emplace_back();
    yul_functions(body, scopes);
    for (const ast::YulStatement& s : body)
        yul_statement(s, scopes);
    scopes.pop_back();
}

void FunctionCompiler::yul_statement(const ast::YulStatement& s, YulScopes& scopes) {
    span(s.span);
    switch (s.kind) {
    case ast::YulStatement::Kind::block:
        return yul_block(s.body, scopes);
    case ast::YulStatement::Kind::expression:
        return yul_expression(s.value.front(), scopes);
    case ast::YulStatement::Kind::let: {
        // A local is reused when the block runs again (a loop around the assembly): reset it.
        if (!s.value.empty()) yul_expression(s.value.front(), scopes);
        std::vector<std::uint16_t> slots;
        for (std::size_t i = 0; i < s.targets.size(); ++i)
            slots.push_back(m_out.new_local());
        for (std::size_t i = slots.size(); i-- > 0;) { // the last value is on top
            if (s.value.empty()) m_out.push(0);
            m_out.lset(slots[i]);
        }
        for (std::size_t i = 0; i < slots.size(); ++i)
            scopes.back().variables[s.targets[i].name] = slots[i];
        return;
    }
    case ast::YulStatement::Kind::assign:
        yul_expression(s.value.front(), scopes);
        for (std::size_t i = s.targets.size(); i-- > 0;) // the last value is on top
            yul_store(s.targets[i], scopes);
        return;
    case ast::YulStatement::Kind::if_: {
        const Label end = m_out.new_label();
        yul_expression(s.value.front(), scopes);
        m_out.jump(Op::JUMPZ, end);
        yul_block(s.body, scopes);
        m_out.bind(end);
        return;
    }
    case ast::YulStatement::Kind::switch_:
        return yul_switch(s, scopes);
    case ast::YulStatement::Kind::for_:
        return yul_for(s, scopes);
    case ast::YulStatement::Kind::break_:
        return m_out.jump(Op::JUMP, m_loops.back().break_label);
    case ast::YulStatement::Kind::continue_:
        return m_out.jump(Op::JUMP, m_loops.back().continue_label);
    case ast::YulStatement::Kind::function_:
        return; // declared with its block (yul_functions), compiled on its own
    case ast::YulStatement::Kind::leave:
        if (!m_yul_leave) unsupported(s.span, "a Yul 'leave' outside a function");
        return m_out.jump(Op::JUMP, *m_yul_leave);
    case ast::YulStatement::Kind::case_:
        break;
    }
    unsupported(s.span, "a Yul 'case' outside a switch");
}

void FunctionCompiler::yul_switch(const ast::YulStatement& s, YulScopes& scopes) {
    yul_expression(s.value.front(), scopes);
    const std::uint16_t value = to_temp();
    const Label end = m_out.new_label();
    const ast::YulStatement* fallback = nullptr;
    for (const ast::YulStatement& c : s.body) {
        if (c.value.empty()) {
            fallback = &c; // `default` is last (the parser's rule)
            continue;
        }
        const auto literal = yul_literal_value(c.value.front());
        if (!literal) unsupported(c.span, "a Yul case the checker did not accept");
        const Label next = m_out.new_label();
        m_out.lget(value);
        m_out.push(*literal);
        m_out.op(Op::EQ);
        m_out.jump(Op::JUMPZ, next);
        yul_block(c.body, scopes);
        m_out.jump(Op::JUMP, end);
        m_out.bind(next);
    }
    if (fallback) yul_block(fallback->body, scopes);
    m_out.bind(end);
}

void FunctionCompiler::yul_for(const ast::YulStatement& s, YulScopes& scopes) {
    scopes.emplace_back(); // the init block's names live through the whole loop
    for (const ast::YulStatement& init : s.init)
        yul_statement(init, scopes);
    const Label top = m_out.new_label();
    const Label end = m_out.new_label();
    const Label next = m_out.new_label();
    m_out.bind(top);
    yul_expression(s.value.front(), scopes);
    m_out.jump(Op::JUMPZ, end);
    m_loops.push_back({end, next});
    yul_block(s.body, scopes);
    m_loops.pop_back();
    m_out.bind(next);
    yul_block(s.post, scopes);
    m_out.jump(Op::JUMP, top);
    m_out.bind(end);
    scopes.pop_back();
}

void FunctionCompiler::yul_expression(const ast::YulExpression& e, const YulScopes& scopes) {
    switch (e.kind) {
    case ast::YulExpression::Kind::literal: {
        const auto value = yul_literal_value(e);
        if (!value) unsupported(e.span, "a Yul literal the checker did not accept");
        return m_out.push(*value);
    }
    case ast::YulExpression::Kind::identifier:
        return yul_identifier(e, scopes);
    case ast::YulExpression::Kind::call:
        break;
    }
    const YulBuiltin* b = find_yul_builtin(e.name);
    if (!b) {
        const std::uint16_t function = yul_function(e.name, e.span, scopes);
        yul_arguments(e, scopes);
        span(e.span);
        return m_out.callf(function);
    }
    if (e.arguments.size() != b->arguments) unsupported(e.span, "the Yul call " + e.name);
    yul_arguments(e, scopes);
    if (b->swapped) m_out.swap(1);
    span(e.span);
    m_out.op(b->op);
}

namespace {

/// Whether evaluating `e` calls a builtin with effects (a store, a call, a copy, a halt) or a
/// Yul function (which may have them).
bool has_yul_effects(const ast::YulExpression& e) {
    if (e.kind != ast::YulExpression::Kind::call) return false;
    const YulBuiltin* b = find_yul_builtin(e.name);
    if (!b || b->effects) return true;
    return std::any_of(e.arguments.begin(), e.arguments.end(), has_yul_effects);
}

} // namespace

void FunctionCompiler::yul_arguments(const ast::YulExpression& call, const YulScopes& scopes) {
    const auto& args = call.arguments;
    // Only an argument with effects (`call(...)` beside `returndatasize()`) can tell the
    // order apart; without one, the arguments go straight to their places.
    if (std::none_of(args.begin(), args.end(), has_yul_effects)) {
        for (const ast::YulExpression& a : args)
            yul_expression(a, scopes);
        return;
    }
    std::vector<std::uint16_t> values(args.size());
    for (std::size_t i = args.size(); i-- > 0;) {
        yul_expression(args[i], scopes);
        values[i] = to_temp();
    }
    for (const std::uint16_t v : values)
        m_out.lget(v);
}

void FunctionCompiler::yul_identifier(const ast::YulExpression& e, const YulScopes& scopes) {
    const check::ExprInfo* info = m_model.expr(e.id);
    if (!info || !info->decl) {
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
            if (auto found = it->variables.find(e.name); found != it->variables.end())
                return m_out.lget(found->second);
        unsupported(e.span, "the Yul name '" + e.name + "'");
    }
    const auto* var = static_cast<const VariableInfo*>(info->decl);
    if (var->var_kind != check::VarKind::state && var->type &&
        var->type->location == check::Location::calldata) {
        // Mallory decodes calldata arguments into memory copies: their length is the copy's,
        // but where they were in the calldata is not kept.
        if (e.suffix != "length")
            unsupported(e.span, "'" + var->name +
                                    ".offset' of a calldata argument in inline "
                                    "assembly (Mallory keeps calldata arguments as memory copies)");
        m_out.lget(slot_of(var));
        return m_out.op(Op::MLOAD);
    }
    if (var->var_kind != check::VarKind::state) // a value, an address, a storage pointer's slot
        return e.suffix == "offset" ? m_out.push(0) : m_out.lget(slot_of(var));
    if (e.suffix == "slot") return m_out.push(m_contract.layout().location_of(var).slot);
    if (e.suffix == "offset") return m_out.push(m_contract.layout().location_of(var).offset);
    // A constant's name stands for its root constant's literal initializer (the checker
    // allows no other, assembly_readable_constant), as the value of the constant's own type.
    if (var->constant && assembly_readable_constant(*var, m_model))
        return expression_as(*root_constant(*var, m_model)->ast_state->initial_value, var->type);
    unsupported(e.span, "the state variable '" + var->name + "' in inline assembly");
}

void FunctionCompiler::yul_store(const ast::YulExpression& target, const YulScopes& scopes) {
    const check::ExprInfo* info = m_model.expr(target.id);
    if (info && info->decl) {
        const auto* var = static_cast<const VariableInfo*>(info->decl);
        if (var->var_kind == check::VarKind::state || target.suffix == "offset")
            unsupported(target.span, "assigning '" + var->name + "' in inline assembly");
        // Yul's word into a narrower local stays whole, as solc keeps it (find_raw_locals); a
        // memory reference takes the word as its address.
        if (target.suffix.empty() && var->type && !check::is_reference_type(*var->type) &&
            var->type->kind != TypeKind::function && !m_raw_locals.contains(var))
            clean_word(*var->type);
        return m_out.lset(slot_of(var));
    }
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
        if (auto found = it->variables.find(target.name); found != it->variables.end())
            return m_out.lset(found->second);
    unsupported(target.span, "the Yul name '" + target.name + "'");
}

void FunctionCompiler::yul_functions(const std::vector<ast::YulStatement>& body,
                                     YulScopes& scopes) {
    std::vector<const ast::YulStatement*> defined;
    for (const ast::YulStatement& s : body) {
        if (s.kind != ast::YulStatement::Kind::function_) continue;
        scopes.back().functions[s.name] =
            m_out.declare_function(static_cast<std::uint16_t>(s.parameters.size()),
                                   static_cast<std::uint16_t>(s.returns.size()));
        defined.push_back(&s);
    }
    if (defined.empty()) return;
    // Each body sees every function of its block (itself too) and of the blocks around it.
    std::map<std::string, std::uint16_t> visible;
    for (const YulScope& scope : scopes)
        visible.insert(scope.functions.begin(), scope.functions.end());
    for (const ast::YulStatement* s : defined)
        m_contract.queue_yul_function({s, scopes.back().functions.at(s->name), visible});
}

std::uint16_t FunctionCompiler::yul_function(const std::string& name, Span at,
                                             const YulScopes& scopes) const {
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
        if (auto found = it->functions.find(name); found != it->functions.end())
            return found->second;
    unsupported(at, "the Yul call " + name);
}

void FunctionCompiler::compile_yul_function(const YulFunctionJob& job) {
    const ast::YulStatement& f = *job.definition;
    m_out.begin_function(job.index);
    span(f.span);
    YulScopes scopes(1);
    scopes.front().functions = job.functions;
    for (std::size_t i = 0; i < f.parameters.size(); ++i)
        scopes.front().variables[f.parameters[i].name] = static_cast<std::uint16_t>(i);
    std::vector<std::uint16_t> returns; // locals start at zero, as Yul's return variables do
    for (const ast::YulExpression& r : f.returns) {
        returns.push_back(m_out.new_local());
        scopes.front().variables[r.name] = returns.back();
    }
    m_yul_leave = m_out.new_label();
    yul_block(f.body, scopes);
    m_out.bind(*m_yul_leave);
    span({f.span.file, f.span.end - 1, f.span.end});
    for (const std::uint16_t slot : returns)
        m_out.lget(slot);
    m_out.retf();
    m_out.end_function();
}

namespace {

/// Whether a value of `t` is narrower than its word, so that a word Yul assigns may carry
/// bits that solc cleans away before each use.
bool narrower_than_a_word(const Type& type) {
    const Type& t = check::value_representation(type);
    switch (t.kind) {
    case TypeKind::boolean:
    case TypeKind::address:
    case TypeKind::contract:
        return true;
    case TypeKind::integer:
        return t.bits < 256;
    case TypeKind::fixed_bytes:
        return t.byte_size < 32;
    default:
        return false;
    }
}

void raw_targets(const std::vector<ast::YulStatement>& body, const check::SemanticModel& model,
                 std::set<const VariableInfo*>& out) {
    for (const ast::YulStatement& s : body) {
        if (s.kind == ast::YulStatement::Kind::assign)
            for (const ast::YulExpression& t : s.targets) {
                const check::ExprInfo* info = model.expr(t.id);
                if (!t.suffix.empty() || !info || !info->decl ||
                    info->decl->kind != check::DeclKind::variable)
                    continue;
                const auto* v = static_cast<const VariableInfo*>(info->decl);
                if (v->var_kind != check::VarKind::state && v->type &&
                    narrower_than_a_word(*v->type))
                    out.insert(v);
            }
        raw_targets(s.init, model, out);
        raw_targets(s.body, model, out);
        raw_targets(s.post, model, out);
    }
}

void raw_targets(const ast::Statement& s, const check::SemanticModel& model,
                 std::set<const VariableInfo*>& out) {
    boost::apply_visitor(
        [&](const auto& node) {
            const auto& n = ast::unwrap(node);
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, ast::Block>) {
                for (const ast::Statement& inner : n.statements)
                    raw_targets(inner, model, out);
            } else if constexpr (std::is_same_v<T, ast::IfStatement>) {
                raw_targets(n.then_branch, model, out);
                if (n.else_branch) raw_targets(*n.else_branch, model, out);
            } else if constexpr (std::is_same_v<T, ast::ForStatement> ||
                                 std::is_same_v<T, ast::WhileStatement> ||
                                 std::is_same_v<T, ast::DoWhileStatement>) {
                raw_targets(n.body, model, out);
            } else if constexpr (std::is_same_v<T, ast::TryStatement>) {
                for (const ast::Statement& inner : n.body.statements)
                    raw_targets(inner, model, out);
                for (const ast::CatchClause& c : n.clauses)
                    for (const ast::Statement& inner : c.body.statements)
                        raw_targets(inner, model, out);
            } else if constexpr (std::is_same_v<T, ast::InlineAssembly>) {
                raw_targets(n.body, model, out);
            }
        },
        s.get());
}

} // namespace

void FunctionCompiler::find_raw_locals(const ast::Block& body) {
    for (const ast::Statement& s : body.statements)
        raw_targets(s, m_model, m_raw_locals);
}

void FunctionCompiler::clean_word(const Type& t) {
    const check::TypeKind k = check::value_representation(t).kind;
    if (k == TypeKind::boolean) {
        m_out.op(Op::ISZERO);
        m_out.op(Op::ISZERO);
    } else if (k == TypeKind::address || k == TypeKind::contract) {
        m_out.op_u8(Op::TRUNC, 20);
    } else {
        cleanup(t);
    }
}

void FunctionCompiler::load_local(const VariableInfo* v) {
    m_out.lget(slot_of(v));
    if (m_raw_locals.contains(v)) clean_word(*v->type);
}

namespace {

/// Whether a Yul block assigns a variable of an internal function type.
bool assigns_function_value(const std::vector<ast::YulStatement>& body,
                            const check::SemanticModel& model) {
    for (const ast::YulStatement& s : body) {
        if (s.kind == ast::YulStatement::Kind::assign)
            for (const ast::YulExpression& t : s.targets)
                if (const check::ExprInfo* info = model.expr(t.id);
                    info && info->type && info->type->kind == TypeKind::function &&
                    t.suffix.empty())
                    return true;
        if (assigns_function_value(s.init, model) || assigns_function_value(s.body, model) ||
            assigns_function_value(s.post, model))
            return true;
    }
    return false;
}

bool assigns_function_value(const ast::Statement& s, const check::SemanticModel& model) {
    return boost::apply_visitor(
        [&](const auto& node) {
            const auto& n = ast::unwrap(node);
            using T = std::decay_t<decltype(n)>;
            auto any = [&](const std::vector<ast::Statement>& list) {
                return std::any_of(list.begin(), list.end(), [&](const ast::Statement& inner) {
                    return assigns_function_value(inner, model);
                });
            };
            if constexpr (std::is_same_v<T, ast::Block>) {
                return any(n.statements);
            } else if constexpr (std::is_same_v<T, ast::IfStatement>) {
                return assigns_function_value(n.then_branch, model) ||
                       (n.else_branch && assigns_function_value(*n.else_branch, model));
            } else if constexpr (std::is_same_v<T, ast::ForStatement> ||
                                 std::is_same_v<T, ast::WhileStatement> ||
                                 std::is_same_v<T, ast::DoWhileStatement>) {
                return assigns_function_value(n.body, model);
            } else if constexpr (std::is_same_v<T, ast::TryStatement>) {
                return any(n.body.statements) || std::any_of(n.clauses.begin(), n.clauses.end(),
                                                             [&](const ast::CatchClause& c) {
                                                                 return any(c.body.statements);
                                                             });
            } else if constexpr (std::is_same_v<T, ast::InlineAssembly>) {
                return assigns_function_value(n.body, model);
            } else {
                return false;
            }
        },
        s.get());
}

} // namespace

bool ContractCompiler::function_values_retyped() {
    if (m_retyped) return *m_retyped;
    m_retyped = false;
    for (const FunctionInfo* f : m_model.named_functions())
        if (f->ast && f->ast->body)
            for (const ast::Statement& s : f->ast->body->statements)
                if (assigns_function_value(s, m_model)) return *(m_retyped = true);
    return *m_retyped;
}

} // namespace mallory::lang::codegen
