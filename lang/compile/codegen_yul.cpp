// Inline assembly in Mallory's subset of Yul (LANGUAGE.md §4.1), as checked by
// check/assembly.cpp. Yul variables are frame locals; a Solidity storage pointer is its slot
// number on the stack (codegen.hpp), so `r.slot` reads and writes the pointer's local itself and
// `r.offset` is 0: Mallory's layout never packs two values into one slot.
#include "lang/compile/codegen.hpp"
#include "lang/yul_builtins.hpp"

namespace mallory::lang::codegen {

using vm::Op;

void FunctionCompiler::inline_assembly(const ast::InlineAssembly& a) {
    YulScopes scopes;
    yul_block(a.body, scopes);
}

void FunctionCompiler::yul_block(const std::vector<ast::YulStatement>& body, YulScopes& scopes) {
    scopes.emplace_back();
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
        if (s.targets.size() != 1) unsupported(s.span, "a Yul 'let' of several variables");
        // A local is reused when the block runs again (a loop around the assembly): reset it.
        if (s.value.empty())
            m_out.push(0);
        else
            yul_expression(s.value.front(), scopes);
        const std::uint16_t slot = m_out.new_local();
        m_out.lset(slot);
        scopes.back()[s.targets.front().name] = slot;
        return;
    }
    case ast::YulStatement::Kind::assign:
        if (s.targets.size() != 1) unsupported(s.span, "a Yul assignment to several variables");
        yul_expression(s.value.front(), scopes);
        return yul_store(s.targets.front(), scopes);
    }
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
    if (!b || e.arguments.size() != b->arguments) unsupported(e.span, "the Yul call " + e.name);
    // Operands in the VM's order (one per argument, the first deepest); the EVM evaluates Yul
    // arguments right to left, which only the builtins' own effects could tell apart, and
    // none of them has effects inside an argument list (sstore and pop return nothing).
    for (const ast::YulExpression& a : e.arguments)
        yul_expression(a, scopes);
    if (b->swapped) m_out.swap(1);
    span(e.span);
    m_out.op(b->op);
}

void FunctionCompiler::yul_identifier(const ast::YulExpression& e, const YulScopes& scopes) {
    const check::ExprInfo* info = m_model.expr(e.id);
    if (!info || !info->decl) {
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
            if (auto found = it->find(e.name); found != it->end()) return m_out.lget(found->second);
        unsupported(e.span, "the Yul name '" + e.name + "'");
    }
    const auto* var = static_cast<const VariableInfo*>(info->decl);
    if (var->var_kind != check::VarKind::state) // a storage pointer: to a whole slot
        return e.suffix == "offset" ? m_out.push(0) : m_out.lget(slot_of(var));
    if (e.suffix == "slot") return m_out.push(m_contract.layout().location_of(var).slot);
    if (e.suffix == "offset") return m_out.push(m_contract.layout().location_of(var).offset);
    if (var->constant && var->constant_value) {
        // A bytesN constant's value is its number; on the stack it is left-aligned.
        const Type& t = *var->type;
        const unsigned pad = t.kind == TypeKind::fixed_bytes ? 8u * (32u - t.byte_size) : 0u;
        return m_out.push(vm::shl(constant_word(*var->constant_value), pad));
    }
    unsupported(e.span, "the state variable '" + var->name + "' in inline assembly");
}

void FunctionCompiler::yul_store(const ast::YulExpression& target, const YulScopes& scopes) {
    const check::ExprInfo* info = m_model.expr(target.id);
    if (info && info->decl) {
        const auto* var = static_cast<const VariableInfo*>(info->decl);
        if (var->var_kind == check::VarKind::state || target.suffix == "offset")
            unsupported(target.span, "assigning '" + var->name + "' in inline assembly");
        // Yul's word into a narrower value: kept clean, as the rest of the code expects.
        if (target.suffix.empty() && var->type) {
            const check::TypeKind k = check::value_representation(*var->type).kind;
            if (k == TypeKind::boolean) {
                m_out.op(Op::ISZERO);
                m_out.op(Op::ISZERO);
            } else if (k == TypeKind::address || k == TypeKind::contract) {
                m_out.op_u8(Op::TRUNC, 20);
            } else {
                cleanup(*var->type);
            }
        }
        return m_out.lset(slot_of(var));
    }
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
        if (auto found = it->find(target.name); found != it->end())
            return m_out.lset(found->second);
    unsupported(target.span, "the Yul name '" + target.name + "'");
}

} // namespace mallory::lang::codegen
