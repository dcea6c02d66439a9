// Statements and function bodies (with modifiers inlined around the body, as solc does).
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

#include <boost/variant/apply_visitor.hpp>

namespace mallory::lang::codegen {

using vm::Op;

FunctionCompiler::FunctionCompiler(ContractCompiler& contract, Emitter& out)
    : m_contract(contract), m_out(out), m_model(contract.model()) {}

void FunctionCompiler::compile_function(const FunctionInfo& f, std::uint16_t index) {
    m_out.begin_function(index);
    m_function = &f;
    m_lexical_contract = f.contract;
    for (std::size_t i = 0; i < f.parameters.size(); ++i)
        m_locals[f.parameters[i]] = static_cast<std::uint16_t>(i);
    if (f.getter_of) return compile_getter(f);
    if (f.ast) span(f.ast->span);
    for (std::size_t i = 0; i < f.returns.size(); ++i) {
        std::uint16_t slot = m_out.new_local();
        m_return_slots.push_back(slot);
        m_locals[f.returns[i]] = slot;
        const Type& t = *f.return_types[i];
        // A storage or calldata pointer is assigned before any read (the checker's flow
        // analysis, solc 3464): only a memory value starts as a fresh zero value.
        if (check::is_reference_type(t) && !check::is_pointer_type(t)) {
            zero_memory_value(t);
            m_out.lset(slot);
        }
    }
    if (f.ast && f.ast->body) find_raw_locals(*f.ast->body);
    for (const check::ModifierUse& use : f.modifiers)
        for (const ModifierInfo* m :
             {use.modifier,
              use.modifier ? m_contract.contract().resolve_modifier(use.modifier) : nullptr})
            if (m && m->ast && m->ast->body) find_raw_locals(*m->ast->body);
    modifier_chain(f, 0);
    if (f.ast) span({f.ast->span.file, f.ast->span.end - 1, f.ast->span.end});
    for (const VariableInfo* r : f.returns)
        load_local(r);
    m_out.retf();
    m_out.end_function();
}

void FunctionCompiler::modifier_chain(const FunctionInfo& f, std::size_t index) {
    Label end = m_out.new_label();
    std::optional<Label> saved_return = m_return_label;
    m_return_label = end;
    // Skip base-constructor calls written like modifiers on constructors.
    while (index < f.modifiers.size() && !f.modifiers[index].modifier)
        ++index;
    if (index == f.modifiers.size()) {
        if (!f.ast || !f.ast->body) unsupported(f.span, "a function without a body");
        const ContractInfo* saved_contract = m_lexical_contract; // `_` runs the body in its own
        m_lexical_contract = f.contract;                         // contract (for `super`)
        block(*f.ast->body);
        m_lexical_contract = saved_contract;
    } else {
        const check::ModifierUse& use = f.modifiers[index];
        // Modifiers of library and free functions are not virtual: the calling contract's
        // hierarchy does not apply to them.
        const ModifierInfo* m =
            f.contract && (f.contract->is_library() || f.contract->is_file_level())
                ? use.modifier
                : m_contract.contract().resolve_modifier(use.modifier);
        if (!m || !m->ast || !m->ast->body) unsupported(use.ast->span, "a modifier without a body");
        bind_parameters_of_modifier(use, *m);
        m_placeholders.push_back([this, &f, index] { modifier_chain(f, index + 1); });
        const ContractInfo* saved_contract = m_lexical_contract;
        m_lexical_contract = m->contract;
        block(*m->ast->body);
        m_lexical_contract = saved_contract;
        m_placeholders.pop_back();
    }
    m_out.bind(end);
    m_return_label = saved_return;
}

void FunctionCompiler::bind_parameters_of_modifier(const check::ModifierUse& use,
                                                   const ModifierInfo& m) {
    std::vector<std::uint16_t> values;
    if (use.ast->arguments) {
        const auto& args = *use.ast->arguments;
        for (std::size_t i = 0; i < args.size() && i < m.parameters.size(); ++i) {
            expression_as(args[i], m.parameters[i]->type);
            values.push_back(to_temp());
        }
    }
    for (std::size_t i = 0; i < m.parameters.size(); ++i)
        m_locals[m.parameters[i]] = i < values.size() ? values[i] : m_out.new_local();
}

// ---- statements --------------------------------------------------------------------------------

void FunctionCompiler::statement(const ast::Statement& s) {
    if (!m_out.reachable()) return; // after return/revert/break: solc emits nothing either
    span(ast::span_of(s));
    struct Visitor {
        FunctionCompiler& self;
        void operator()(const ast::x3::forward_ast<ast::Block>& n) const { self.block(n.get()); }
        void operator()(const ast::VariableDeclarationStatement& n) const {
            self.variable_declaration(n);
        }
        void operator()(const ast::ExpressionStatement& n) const {
            self.expression_for_effect(n.expression);
        }
        void operator()(const ast::x3::forward_ast<ast::IfStatement>& n) const {
            self.if_statement(n.get());
        }
        void operator()(const ast::x3::forward_ast<ast::ForStatement>& n) const {
            self.for_statement(n.get());
        }
        void operator()(const ast::x3::forward_ast<ast::WhileStatement>& n) const {
            self.while_statement(n.get());
        }
        void operator()(const ast::x3::forward_ast<ast::DoWhileStatement>& n) const {
            self.do_while_statement(n.get());
        }
        void operator()(const ast::ReturnStatement& n) const { self.return_statement(n); }
        void operator()(const ast::BreakStatement& n) const {
            if (self.m_loops.empty()) self.unsupported(n.span, "'break' outside a loop");
            self.m_out.jump(Op::JUMP, self.m_loops.back().break_label);
        }
        void operator()(const ast::ContinueStatement& n) const {
            if (self.m_loops.empty()) self.unsupported(n.span, "'continue' outside a loop");
            self.m_out.jump(Op::JUMP, self.m_loops.back().continue_label);
        }
        void operator()(const ast::PlaceholderStatement&) const {
            // Outside a modifier's body (the stack is empty in the function's own body) `_;`
            // names a function called `_` (the checker resolved it): naming it does nothing.
            if (self.m_placeholders.empty()) return;
            auto next = self.m_placeholders.back();
            self.m_placeholders.pop_back();
            auto loops = std::move(self.m_loops);
            self.m_loops.clear();
            // A modifier applied twice binds the same declarations again inside `_`: after it,
            // the outer application must see its own parameters and locals again.
            auto locals = self.m_locals;
            next();
            self.m_locals = std::move(locals);
            self.m_loops = std::move(loops);
            self.m_placeholders.push_back(std::move(next));
        }
        void operator()(const ast::EmitStatement& n) const { self.emit_statement(n); }
        void operator()(const ast::RevertStatement& n) const { self.revert_statement(n); }
        void operator()(const ast::x3::forward_ast<ast::TryStatement>& n) const {
            self.try_statement(n.get());
        }
        void operator()(const ast::InlineAssembly& n) const { self.inline_assembly(n); }
    };
    boost::apply_visitor(Visitor{*this}, s.get());
}

void FunctionCompiler::block(const ast::Block& b) {
    for (const ast::Statement& s : b.statements)
        statement(s);
}

void FunctionCompiler::variable_declaration(const ast::VariableDeclarationStatement& s) {
    std::vector<const VariableInfo*> vars;
    for (const auto& declaration : s.variables) {
        const VariableInfo* v = declaration ? m_model.variable_of(&*declaration) : nullptr;
        if (declaration && !v) unsupported(declaration->span, "a variable the checker did not see");
        vars.push_back(v);
        if (v) m_locals[v] = m_out.new_local();
    }
    if (!s.initial_value) {
        for (const VariableInfo* v : vars) { // locals are reused across loop iterations: reset
            if (!v) continue;
            if (check::is_reference_type(*v->type) && !check::is_pointer_type(*v->type))
                zero_memory_value(*v->type); // a pointer is assigned before any read
            else
                m_out.push(0);
            m_out.lset(m_locals[v]);
        }
        return;
    }
    if (vars.size() == 1 && !s.is_tuple) {
        expression_as(*s.initial_value, vars[0]->type);
        m_out.lset(m_locals[vars[0]]);
        return;
    }
    if (auto tuple = ast::get_if<ast::TupleExpr>(*s.initial_value)) {
        std::vector<std::uint16_t> values;
        for (std::size_t i = 0; i < tuple->elements.size(); ++i) {
            const auto& element = tuple->elements[i];
            if (!element) unsupported(tuple->span, "an empty component on the right of '='");
            expression_as(*element, i < vars.size() && vars[i] ? vars[i]->type : nullptr);
            values.push_back(to_temp());
        }
        for (std::size_t i = 0; i < vars.size() && i < values.size(); ++i)
            if (vars[i]) {
                m_out.lget(values[i]);
                m_out.lset(m_locals[vars[i]]);
            }
        return;
    }
    int n = expression(*s.initial_value);
    for (int i = n - 1; i >= 0; --i) {
        auto index = static_cast<std::size_t>(i);
        if (index < vars.size() && vars[index])
            m_out.lset(m_locals[vars[index]]);
        else
            m_out.op(Op::POP);
    }
}

void FunctionCompiler::if_statement(const ast::IfStatement& s) {
    Label otherwise = m_out.new_label(), end = m_out.new_label();
    expression_as(s.condition, check::bool_type());
    m_out.jump(Op::JUMPZ, otherwise);
    statement(s.then_branch);
    if (s.else_branch) {
        if (m_out.reachable()) m_out.jump(Op::JUMP, end);
        m_out.bind(otherwise);
        statement(*s.else_branch);
        m_out.bind(end);
    } else {
        m_out.bind(otherwise);
    }
}

void FunctionCompiler::for_statement(const ast::ForStatement& s) {
    if (s.init) statement(*s.init);
    Label head = m_out.new_label(), next = m_out.new_label(), end = m_out.new_label();
    m_out.bind(head);
    if (s.condition) {
        expression_as(*s.condition, check::bool_type());
        m_out.jump(Op::JUMPZ, end);
    }
    m_loops.push_back({end, next});
    statement(s.body);
    m_loops.pop_back();
    m_out.bind(next);
    if (s.step) expression_for_effect(*s.step);
    m_out.jump(Op::JUMP, head);
    m_out.bind(end);
}

void FunctionCompiler::while_statement(const ast::WhileStatement& s) {
    Label head = m_out.new_label(), end = m_out.new_label();
    m_out.bind(head);
    expression_as(s.condition, check::bool_type());
    m_out.jump(Op::JUMPZ, end);
    m_loops.push_back({end, head});
    statement(s.body);
    m_loops.pop_back();
    if (m_out.reachable()) m_out.jump(Op::JUMP, head);
    m_out.bind(end);
}

void FunctionCompiler::do_while_statement(const ast::DoWhileStatement& s) {
    Label head = m_out.new_label(), next = m_out.new_label(), end = m_out.new_label();
    m_out.bind(head);
    m_loops.push_back({end, next});
    statement(s.body);
    m_loops.pop_back();
    m_out.bind(next);
    expression_as(s.condition, check::bool_type());
    m_out.jump(Op::JUMPI, head);
    m_out.bind(end);
}

void FunctionCompiler::return_statement(const ast::ReturnStatement& s) {
    if (s.value) {
        if (!m_function) unsupported(s.span, "'return' with a value outside a function");
        const auto& types = m_function->return_types;
        if (auto tuple = ast::get_if<ast::TupleExpr>(*s.value); tuple && types.size() > 1) {
            std::vector<std::uint16_t> values;
            for (std::size_t i = 0; i < tuple->elements.size() && i < types.size(); ++i) {
                if (!tuple->elements[i]) unsupported(tuple->span, "an empty return component");
                expression_as(*tuple->elements[i], types[i]);
                values.push_back(to_temp());
            }
            for (std::size_t i = 0; i < values.size(); ++i) {
                m_out.lget(values[i]);
                m_out.lset(m_return_slots[i]);
            }
        } else if (types.size() == 1) {
            expression_as(*s.value, types[0]);
            m_out.lset(m_return_slots[0]);
        } else {
            int n = expression(*s.value);
            for (int i = n - 1; i >= 0; --i)
                m_out.lset(m_return_slots.at(static_cast<std::size_t>(i)));
        }
    }
    if (!m_return_label) unsupported(s.span, "'return' here");
    m_out.jump(Op::JUMP, *m_return_label);
}

} // namespace mallory::lang::codegen
