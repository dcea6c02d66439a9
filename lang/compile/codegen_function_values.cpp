// Internal function values: `f` taken as a value, stored, passed and called through.
//
// A value is the 1-based position of its target in the contract's table of possible targets
// (ContractCompiler::pointer_targets); 0 is the zero value of the type, and calling it is
// Panic 0x51, as in solc. The table is the same for the constructor and the runtime code (one
// ContractCompiler emits both), so a value stored while constructing still calls the right
// function later: solc needs a combined creation/runtime tag for that, Mallory does not.
// A call through a value compares it with each target of the value's signature and calls the
// one that matches, which is what solc's jump to a code tag does.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>

namespace mallory::lang::codegen {

using vm::Op;

namespace {

bool same_types(const std::vector<TypePtr>& a, const std::vector<TypePtr>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!a[i] || !b[i] || !check::same_base_type(*a[i], *b[i])) return false;
    return true;
}

/// Whether a function can be the target of an internal function value.
bool can_be_value(const FunctionInfo& f) {
    return f.implemented && !f.getter_of && f.function_kind == ast::FunctionKind::function &&
           f.visibility != ast::Visibility::external;
}

} // namespace

const std::vector<const FunctionInfo*>& ContractCompiler::pointer_targets() {
    if (m_pointer_targets_built) return m_pointer_targets;
    m_pointer_targets_built = true;
    auto add = [&](const FunctionInfo* f) {
        if (f && can_be_value(*f) &&
            std::find(m_pointer_targets.begin(), m_pointer_targets.end(), f) ==
                m_pointer_targets.end())
            m_pointer_targets.push_back(f);
    };
    const auto& bases = m_contract.linearization;
    for (const FunctionInfo* f : m_model.named_functions()) {
        const ContractInfo* owner = f->contract;
        if (!owner || owner->is_library() || owner->is_file_level()) {
            add(f);
            continue;
        }
        if (std::find(bases.begin(), bases.end(), owner) == bases.end()) continue;
        // `f`, `super.f` and `B.f` may each name any implementation of f along the
        // linearization: every one of them is a possible target.
        for (const ContractInfo* base : bases)
            for (const FunctionInfo* g : base->functions)
                if (g->name == f->name && same_types(g->parameter_types, f->parameter_types))
                    add(g);
    }
    return m_pointer_targets;
}

std::uint64_t ContractCompiler::pointer_id(const FunctionInfo& f, Span span) {
    const auto& targets = pointer_targets();
    auto it = std::find(targets.begin(), targets.end(), &f);
    if (it == targets.end())
        throw Unsupported{span, "the function '" + f.name + "' as an internal function value"};
    return static_cast<std::uint64_t>(it - targets.begin()) + 1;
}

void FunctionCompiler::function_reference(const ast::Expression& e, const FunctionInfo& named) {
    const FunctionInfo* target = &named;
    const ContractInfo& self = m_contract.contract();
    const ast::Expression& bare = ast::unparenthesized(e);
    if (const auto* m = ast::get_if<ast::MemberAccess>(bare)) {
        const auto* object = ast::get_if<ast::Identifier>(ast::unparenthesized(m->object));
        if (object && object->name == "super")
            target = self.resolve_super(&named, m_lexical_contract);
        // `B.f` and `L.f` name exactly that function.
    } else if (named.contract && !named.contract->is_library() &&
               !named.contract->is_file_level()) {
        target = self.resolve_virtual(&named); // a plain `f` is looked up virtually, as in solc
    }
    if (!target || !target->implemented)
        unsupported(ast::span_of(e), "a function without a body as a value");
    span(ast::span_of(e));
    m_out.push(m_contract.pointer_id(*target, ast::span_of(e)));
}

int FunctionCompiler::pointer_call(const ast::Call& c) {
    const Type& fn = *type_of(c.callee);
    // solc's order: the arguments, then the function value.
    std::vector<std::uint16_t> args;
    for (std::size_t i = 0; i < c.arguments.size() && i < fn.components.size(); ++i) {
        expression_as(c.arguments[i], fn.components[i]);
        args.push_back(to_temp());
    }
    expression(c.callee);
    std::uint16_t id = to_temp();
    std::vector<std::uint16_t> results;
    for (std::size_t i = 0; i < fn.returns.size(); ++i)
        results.push_back(temp());
    span(c.span);
    Label done = m_out.new_label();
    const auto& targets = m_contract.pointer_targets();
    // A value inline assembly retyped may name a function of another type with the same
    // number of parameters and returns (each one word on the stack).
    const bool retyped = m_contract.function_values_retyped();
    auto fits = [&](const FunctionInfo& f) {
        if (retyped)
            return f.parameter_types.size() == fn.components.size() &&
                   f.return_types.size() == fn.returns.size();
        return same_types(f.parameter_types, fn.components) &&
               same_types(f.return_types, fn.returns);
    };
    if (std::none_of(targets.begin(), targets.end(), [&](const auto* f) { return fits(*f); })) {
        m_out.push(0); // no function of this type is ever a value: only the zero value exists
        panic_unless(0x51);
        for (std::uint16_t r : results)
            m_out.lget(r);
        return static_cast<int>(results.size());
    }
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const FunctionInfo& f = *targets[k];
        if (!fits(f)) continue;
        Label next = m_out.new_label();
        m_out.lget(id);
        m_out.push(k + 1);
        m_out.op(Op::EQ);
        m_out.jump(Op::JUMPZ, next);
        for (std::uint16_t a : args)
            m_out.lget(a);
        m_out.callf(m_contract.function_index(f));
        for (std::size_t i = results.size(); i-- > 0;)
            m_out.lset(results[i]);
        m_out.jump(Op::JUMP, done);
        m_out.bind(next);
    }
    // The zero value (never assigned, or deleted), or no function of this type: Panic 0x51.
    m_out.op_u8(Op::PANIC, 0x51);
    m_out.bind(done);
    for (std::uint16_t r : results)
        m_out.lget(r);
    return static_cast<int>(results.size());
}

} // namespace mallory::lang::codegen
