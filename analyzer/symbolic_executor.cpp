#include "analyzer/symbolic_executor.hpp"

#include "analyzer/ast_util.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::analyzer::sym {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;
using check::TypeKind;

} // namespace

// ---- Env ---------------------------------------------------------------------------------------

z3::expr Env::word(const vm::U256& v) {
    return ctx.int_val(vm::to_dec(v).c_str());
}

z3::expr Env::max_value(unsigned bits) {
    return word(bits >= word_bits ? vm::U256::max() : vm::low_mask(bits));
}

z3::expr Env::fresh(const std::string& base) {
    z3::expr x = ctx.int_const(fmt::format("{}!{}", base, m_counter++).c_str());
    facts.push_back(in_range(x, max_value(word_bits)));
    return x;
}

z3::expr Env::fresh_natural(const std::string& base) {
    z3::expr x = ctx.int_const(fmt::format("{}!{}", base, m_counter++).c_str());
    facts.push_back(x >= 0);
    return x;
}

z3::expr Env::fresh_bool(const std::string& base) {
    return ctx.bool_const(fmt::format("{}!{}", base, m_counter++).c_str());
}

z3::expr Env::fresh_array(const std::string& base, const check::Type& mapping) {
    return ctx.constant(fmt::format("{}!{}", base, m_counter++).c_str(), sort_of(ctx, mapping));
}

z3::expr Env::fresh_of(const std::string& base, const check::Type& t) {
    if (t.kind == TypeKind::mapping || flat_struct(t)) return fresh_array(base, t);
    z3::expr x = fresh(base);
    if (auto max = type_max(*this, t)) facts.push_back(x <= *max);
    return x;
}

void Env::add_sum_base(const check::VariableInfo* m, const z3::expr& array, const z3::expr& sum) {
    auto& bases = m_bases[m];
    bases.emplace_back(array, sum);
    const auto& keys = m_keys[m];
    for (std::size_t i = 0; i < keys.size(); ++i) {
        facts.push_back(z3::select(array, keys[i]) <= sum);
        for (std::size_t j = 0; j < i; ++j)
            facts.push_back(pair_fact(array, sum, keys[i], keys[j]));
    }
}

void Env::touch_key(const check::VariableInfo* m, const z3::expr& key) {
    if (!summed.contains(m)) return;
    auto& keys = m_keys[m];
    for (const auto& [array, sum] : m_bases[m]) {
        facts.push_back(z3::select(array, key) <= sum);
        for (const z3::expr& other : keys)
            facts.push_back(pair_fact(array, sum, key, other));
    }
    keys.push_back(key);
}

z3::expr Env::pair_fact(const z3::expr& array, const z3::expr& sum, const z3::expr& a,
                        const z3::expr& b) {
    return z3::implies(a != b, z3::select(array, a) + z3::select(array, b) <= sum);
}

std::string Env::where(lang::Span span) const {
    if (span.file >= program.sources().size()) return "?";
    const lang::SourceFile& f = program.sources().file(span.file);
    return fmt::format("{}:{}", f.path(), f.line_col(span.begin).line);
}

z3::expr Env::zero_of(const check::Type& t) {
    if (t.kind == TypeKind::mapping) return z3::const_array(ctx.int_sort(), zero_of(*t.element));
    if (flat_struct(t)) return z3::const_array(ctx.int_sort(), word(0));
    return word(0);
}

z3::sort sort_of(z3::context& ctx, const check::Type& t) {
    if (t.kind == TypeKind::mapping)
        return ctx.array_sort(ctx.int_sort(), sort_of(ctx, *t.element));
    if (flat_struct(t)) return ctx.array_sort(ctx.int_sort(), ctx.int_sort());
    return ctx.int_sort();
}

bool modelled_value(const check::Type& t) {
    switch (t.kind) {
    case TypeKind::integer:
        return !t.is_signed;
    case TypeKind::boolean:
    case TypeKind::address:
    case TypeKind::contract:
    case TypeKind::enum_:
        return true;
    case TypeKind::fixed_bytes:
        return t.byte_size == 32; // left-aligned narrower ones: not modelled
    default:
        return false;
    }
}

bool flat_struct(const check::Type& t) {
    if (t.kind != TypeKind::struct_ || !t.struct_info || t.struct_info->fields.empty())
        return false;
    return std::all_of(
        t.struct_info->fields.begin(), t.struct_info->fields.end(),
        [](const check::StructInfo::Field& f) { return f.type && modelled_value(*f.type); });
}

std::optional<z3::expr> type_max(Env& env, const check::Type& t) {
    if (!modelled_value(t)) return std::nullopt;
    switch (t.kind) {
    case TypeKind::integer:
        if (t.is_signed) return std::nullopt;
        return env.max_value(t.bits);
    case TypeKind::boolean:
        return env.word(1);
    case TypeKind::address:
    case TypeKind::contract:
        return env.max_value(160);
    case TypeKind::enum_:
        return env.word(t.enum_info && !t.enum_info->values.empty() ? t.enum_info->values.size() - 1
                                                                    : 255);
    default: // bytes32
        return env.max_value(word_bits);
    }
}

// ---- Executor ----------------------------------------------------------------------------------

Executor::Executor(Env& env, State state, CallHook hook)
    : m_env(env), m_state(std::move(state)), m_hook(std::move(hook)),
      m_guard(env.ctx.bool_val(true)), m_cond(env.ctx.bool_val(true)), m_sender(env.word(0)),
      m_value(env.word(0)) {}

void Executor::unsupported(const std::string& what, lang::Span span) const {
    throw Unsupported{fmt::format("{} at {}", what, m_env.where(span))};
}

const check::ExprInfo& Executor::info(const ast::Expression& e) const {
    return info(astutil::id_of(e), astutil::span_of(e));
}

const check::ExprInfo& Executor::info(ast::NodeId id, lang::Span span) const {
    const check::ExprInfo* i = m_env.program.model().expr(id);
    if (!i || !i->type) unsupported("an unchecked expression", span);
    return *i;
}

void Executor::revert_if(const z3::expr& cond) {
    if (m_branches) m_branches->push_back(Branch{m_guard && m_cond, cond});
    m_guard = m_guard && !(m_cond && cond);
}

void Executor::havoc(const check::VariableInfo* var, const std::string& why, const z3::expr& when) {
    auto it = m_state.vars.find(var);
    if (it == m_state.vars.end()) return;
    const z3::expr g = guard() && when;
    const z3::expr fresh = m_env.fresh_of(var->name + "@" + why, *var->type);
    if (auto s = m_state.sums.find(var); s != m_state.sums.end()) {
        z3::expr fs = m_env.fresh_natural("sum_" + var->name + "@" + why);
        m_env.add_sum_base(var, fresh, fs);
        s->second = z3::ite(g, fs, s->second);
    }
    it->second = z3::ite(g, fresh, it->second);
}

void Executor::set_balance(const z3::expr& value) {
    m_state.balance = z3::ite(guard(), value, *m_state.balance);
}

void Executor::run_external(const check::FunctionInfo& f, const z3::expr& sender,
                            const z3::expr& value) {
    m_sender = sender;
    m_value = value;
    m_function = &f;
    std::vector<z3::expr> args;
    for (const check::VariableInfo* p : f.parameters) {
        auto max = type_max(m_env, *p->type);
        if (!max)
            unsupported(fmt::format("a parameter of type {}", check::to_string(*p->type)), p->span);
        z3::expr a = m_env.fresh(p->name.empty() ? "arg" : p->name);
        m_env.facts.push_back(a <= *max);
        args.push_back(a);
    }
    m_arguments = args;
    call_internal(f, args, f.span);
}

Executor::CallContext Executor::call_context(const State& entry) const {
    CallContext c;
    c.sender = m_sender;
    c.value = m_value;
    c.entry = &entry;
    if (!m_function) return c;
    for (std::size_t i = 0; i < m_function->parameters.size() && i < m_arguments.size(); ++i)
        c.names.insert_or_assign(m_function->parameters[i]->name, m_arguments[i]);
    for (const check::VariableInfo* r : m_function->returns)
        if (auto it = m_locals.find(r); it != m_locals.end() && !r->name.empty())
            c.names.insert_or_assign(r->name, it->second);
    return c;
}

void Executor::run_constructor(const std::vector<z3::expr>& args, const z3::expr& sender,
                               const z3::expr& value) {
    m_sender = sender;
    m_value = value;
    const auto& lin = m_env.target.info->linearization;
    if (const check::FunctionInfo* ctor = m_env.target.info->constructor)
        for (std::size_t i = 0; i < ctor->parameters.size() && i < args.size(); ++i)
            m_locals.insert_or_assign(ctor->parameters[i], args[i]);
    for (auto it = lin.rbegin(); it != lin.rend(); ++it) {
        const check::ContractInfo* c = *it;
        m_lexical = c;
        for (const check::VariableInfo* v : c->state_variables) {
            if (v->constant || !v->ast_state || !v->ast_state->initial_value) continue;
            const z3::expr init = eval(*v->ast_state->initial_value);
            store(Lvalue{v, false, {}, v->type}, init);
        }
        if (!c->constructor) continue;
        m_function = c->constructor;
        if (c == m_env.target.info) {
            call_internal(*c->constructor, args, c->constructor->span);
        } else {
            // Base constructor arguments (`is B(x)`, `constructor(..) B(x)`), over the most
            // derived constructor's parameters.
            std::vector<z3::expr> base_args;
            for (const check::BaseConstructorArgs& b : m_env.target.info->base_arguments)
                if (b.base == c && b.arguments)
                    for (const auto& e : *b.arguments)
                        base_args.push_back(eval(e));
            if (base_args.size() != c->constructor->parameters.size())
                unsupported("a base constructor without its arguments", c->constructor->span);
            call_internal(*c->constructor, base_args, c->constructor->span);
        }
    }
}

z3::expr Executor::entry_guard(const check::FunctionInfo& f,
                               std::set<const check::VariableInfo*>* reads) {
    m_reads = reads;
    m_sender = m_env.fresh("guard_sender");
    m_value = m_env.fresh("guard_value");
    z3::expr cond = m_env.ctx.bool_val(true);
    try {
        const ast::Block* body = nullptr;
        const check::ModifierUse* use = nullptr;
        for (const auto& u : f.modifiers)
            if (u.modifier) {
                use = &u;
                break;
            }
        if (use) {
            const check::ModifierInfo* m = m_env.target.info->resolve_modifier(use->modifier);
            if (!m || !m->ast || !m->ast->body || !m->parameters.empty()) return cond;
            body = &*m->ast->body;
        } else {
            if (!f.ast || !f.ast->body) return cond;
            body = &*f.ast->body;
            for (const check::VariableInfo* p : f.parameters)
                m_locals.insert_or_assign(p, m_env.fresh("guard_arg"));
        }
        const auto& model = m_env.program.model();
        for (const ast::Statement& s : body->statements) {
            if (const auto* es = boost::get<ast::ExpressionStatement>(&s.get())) {
                const auto* c = as<ast::Call>(es->expression);
                const check::ExprInfo* i = c ? model.expr(c->id) : nullptr;
                if (!i || i->call.builtin != check::Builtin::require || c->arguments.empty()) break;
                cond = cond && truth(c->arguments[0]);
                continue;
            }
            if (const auto* is = boost::get<ast::x3::forward_ast<ast::IfStatement>>(&s.get())) {
                const ast::IfStatement& n = is->get();
                if (n.else_branch || !astutil::is_revert_statement(model, n.then_branch)) break;
                cond = cond && !truth(n.condition);
                continue;
            }
            break;
        }
    } catch (const Unsupported&) {
        return m_env.ctx.bool_val(true); // unknown guard: assume the function can run
    }
    return cond;
}

// ---- statements
// ----------------------------------------------------------------------------------

void Executor::modifier_chain(const check::FunctionInfo& f, std::size_t index) {
    while (index < f.modifiers.size() && !f.modifiers[index].modifier)
        ++index;
    m_frames.push_back(Frame{m_env.ctx.bool_val(false)});
    const check::ContractInfo* saved_lexical = m_lexical;
    if (index == f.modifiers.size()) {
        if (!f.ast || !f.ast->body) unsupported("a function without a body", f.span);
        m_lexical = f.contract;
        block(*f.ast->body);
    } else {
        const check::ModifierUse& use = f.modifiers[index];
        const check::ModifierInfo* m = m_env.target.info->resolve_modifier(use.modifier);
        if (!m || !m->ast || !m->ast->body) unsupported("a modifier without a body", use.ast->span);
        if (use.ast->arguments) {
            std::vector<z3::expr> values;
            for (const auto& a : *use.ast->arguments)
                values.push_back(eval(a));
            for (std::size_t i = 0; i < m->parameters.size() && i < values.size(); ++i)
                m_locals.insert_or_assign(m->parameters[i], values[i]);
        }
        m_placeholders.push_back([this, &f, index] { modifier_chain(f, index + 1); });
        m_lexical = m->contract;
        block(*m->ast->body);
        m_placeholders.pop_back();
    }
    m_lexical = saved_lexical;
    const z3::expr returned = m_frames.back().returned;
    m_frames.pop_back();
    m_guard = (m_guard || returned).simplify();
}

std::vector<z3::expr> Executor::call_internal(const check::FunctionInfo& f,
                                              const std::vector<z3::expr>& args, lang::Span span) {
    for (const check::FunctionInfo* g : m_stack)
        if (g == &f) unsupported(fmt::format("recursion into {}", f.name), span);
    if (m_stack.size() > 16) unsupported("internal calls nested too deeply", span);
    if (args.size() != f.parameters.size()) unsupported("a call with unexpected arguments", span);
    for (std::size_t i = 0; i < args.size(); ++i)
        m_locals.insert_or_assign(f.parameters[i], args[i]);
    for (const check::VariableInfo* r : f.returns) {
        if (!type_max(m_env, *r->type))
            unsupported(fmt::format("a return value of type {}", check::to_string(*r->type)), span);
        m_locals.insert_or_assign(r, m_env.word(0));
    }
    m_stack.push_back(&f);
    modifier_chain(f, 0);
    m_stack.pop_back();
    std::vector<z3::expr> out;
    for (const check::VariableInfo* r : f.returns)
        out.push_back(m_locals.at(r));
    return out;
}

void Executor::block(const ast::Block& b) {
    for (const ast::Statement& s : b.statements)
        statement(s);
}

void Executor::statement(const ast::Statement& s) {
    astutil::visit(s, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Block>)
            block(n);
        else if constexpr (std::is_same_v<T, ast::VariableDeclarationStatement>)
            declaration(n);
        else if constexpr (std::is_same_v<T, ast::ExpressionStatement>)
            eval_multi(n.expression);
        else if constexpr (std::is_same_v<T, ast::IfStatement>)
            if_statement(n);
        else if constexpr (std::is_same_v<T, ast::ForStatement> ||
                           std::is_same_v<T, ast::WhileStatement> ||
                           std::is_same_v<T, ast::DoWhileStatement>)
            unsupported("loop", n.span);
        else if constexpr (std::is_same_v<T, ast::ReturnStatement>)
            return_statement(n);
        else if constexpr (std::is_same_v<T, ast::BreakStatement> ||
                           std::is_same_v<T, ast::ContinueStatement>)
            unsupported("break/continue", n.span);
        else if constexpr (std::is_same_v<T, ast::PlaceholderStatement>) {
            if (m_placeholders.empty()) unsupported("'_' outside a modifier", n.span);
            auto next = m_placeholders.back();
            m_placeholders.pop_back();
            next();
            m_placeholders.push_back(std::move(next));
        } else if constexpr (std::is_same_v<T, ast::EmitStatement>) {
            // Events are not state; their arguments' reverts are over-approximated away.
        } else if constexpr (std::is_same_v<T, ast::RevertStatement>) {
            revert_if(m_env.ctx.bool_val(true));
        } else if constexpr (std::is_same_v<T, ast::TryStatement>) {
            unsupported("try/catch", n.span);
        } else if constexpr (std::is_same_v<T, ast::InlineAssembly>) {
            unsupported("inline assembly", n.span);
        }
    });
}

void Executor::if_statement(const ast::IfStatement& s) {
    const z3::expr c = truth(s.condition);
    const z3::expr g0 = m_guard;
    if (m_branches) m_branches->push_back(Branch{g0 && m_cond, c});
    m_guard = g0 && c;
    statement(s.then_branch);
    const z3::expr gt = m_guard;
    m_guard = g0 && !c;
    if (s.else_branch) statement(*s.else_branch);
    m_guard = (gt || m_guard).simplify();
}

void Executor::declaration(const ast::VariableDeclarationStatement& s) {
    if (s.initial_value && s.variables.size() == 1 && s.variables[0])
        if (const check::VariableInfo* v = m_env.program.model().variable_of(&*s.variables[0]);
            v && v->type && flat_struct(*v->type) &&
            v->type->location == check::Location::storage) {
            m_refs.insert_or_assign(v, lvalue(*s.initial_value));
            return;
        }
    std::vector<z3::expr> values;
    if (s.initial_value) values = eval_multi(*s.initial_value);
    for (std::size_t i = 0; i < s.variables.size(); ++i) {
        if (!s.variables[i]) continue;
        const check::VariableInfo* v = m_env.program.model().variable_of(&*s.variables[i]);
        if (!v) unsupported("a variable the checker did not see", s.span);
        if (!type_max(m_env, *v->type)) {
            // `bytes memory data` from a low-level call: never read by supported code.
            if (v->type->kind == TypeKind::bytes) continue;
            unsupported(fmt::format("a local of type {}", check::to_string(*v->type)),
                        s.variables[i]->span);
        }
        if (s.initial_value && i >= values.size())
            unsupported("a declaration from an unexpected value", s.span);
        m_locals.insert_or_assign(v, s.initial_value ? values[i] : m_env.word(0));
    }
}

void Executor::return_statement(const ast::ReturnStatement& s) {
    if (s.value && !m_stack.empty()) {
        const check::FunctionInfo* f = m_stack.back();
        const std::vector<z3::expr> values = eval_multi(*s.value);
        if (values.size() != f->returns.size()) unsupported("a return of unexpected arity", s.span);
        for (std::size_t i = 0; i < values.size(); ++i)
            store(Lvalue{f->returns[i], true, {}, f->returns[i]->type}, values[i]);
    }
    if (m_frames.empty()) unsupported("return outside a function", s.span);
    m_frames.back().returned = m_frames.back().returned || guard();
    m_guard = m_env.ctx.bool_val(false);
}

} // namespace mallory::analyzer::sym
