#include "analyzer/facts.hpp"

#include "analyzer/ast_util.hpp"
#include "lang/yul_builtins.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace mallory::analyzer {

bool Effect::excludes(const Effect& other) const {
    for (const auto& [visit, then] : branches)
        for (const auto& [other_visit, other_then] : other.branches)
            if (visit == other_visit && then != other_then) return true;
    return false;
}

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;

/// The state variable `e` names, if it names one.
const check::VariableInfo* named_variable(const Program& p, const ast::Expression& e) {
    const check::ExprInfo* info = p.model().expr(astutil::id_of(strip(e)));
    if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return nullptr;
    return static_cast<const check::VariableInfo*>(info->decl);
}

class Walker {
public:
    Walker(const Program& p, const Target& t, std::vector<Effect>& out,
           std::string* incomplete = nullptr, FunctionFacts* access = nullptr)
        : m_p(p), m_t(t), m_out(out), m_incomplete(incomplete), m_access(access) {}

    void function(const check::FunctionInfo* f) {
        if (!f || !f->ast || !f->ast->body) return;
        if (std::find(m_stack.begin(), m_stack.end(), f) != m_stack.end() || m_stack.size() > 8) {
            note_incomplete(fmt::format("the recursive call of {} is not followed", f->name),
                            f->span);
            return;
        }
        m_stack.push_back(f);
        wrap(f, 0);
        m_stack.pop_back();
    }

    /// Runs modifier `i` of `f` around the rest (the body after the last one).
    void wrap(const check::FunctionInfo* f, std::size_t i) {
        while (i < f->modifiers.size() && !f->modifiers[i].modifier)
            ++i;
        if (i >= f->modifiers.size()) {
            block(*f->ast->body);
            return;
        }
        const check::ModifierInfo* m = m_t.info->resolve_modifier(f->modifiers[i].modifier);
        if (!m || !m->ast || !m->ast->body) return wrap(f, i + 1);
        m_placeholder = [this, f, i] { wrap(f, i + 1); };
        auto saved = m_placeholder;
        for (const ast::Statement& s : m->ast->body->statements) {
            m_placeholder = saved;
            statement(s);
        }
    }

    void block(const ast::Block& b) {
        const std::size_t outer = m_path.size();
        for (const ast::Statement& s : b.statements) {
            statement(s);
            // `if (c) { ...; return; }`: the rest of the block runs only when c is false.
            if (auto side = side_the_block_continues_on(s)) m_path.push_back(*side);
        }
        m_path.resize(outer);
    }

    void statement(const ast::Statement& s) {
        astutil::visit(s, [&](const auto& n) { stmt(n); });
    }

private:
    void stmt(const ast::Block& b) { block(b); }
    void stmt(const ast::VariableDeclarationStatement& n) {
        if (n.initial_value) expr(*n.initial_value);
        bind_storage_reference(n);
    }
    /// `S storage c = campaigns[id];` names part of `campaigns`: later reads and writes
    /// through `c` are effects on `campaigns`. Only a reference that is never assigned again
    /// is bound (lvalue() drops the binding and notes the function incomplete on a
    /// reassignment), so the binding holds wherever `c` is used.
    void bind_storage_reference(const ast::VariableDeclarationStatement& n) {
        if (!n.initial_value || n.is_tuple || n.variables.size() != 1 || !n.variables[0]) return;
        const check::VariableInfo* v = m_p.model().variable_of(&*n.variables[0]);
        if (!v || !v->type || v->type->location != check::Location::storage) return;
        const ast::Expression& target = resolve(*n.initial_value);
        if (root_var(target)) m_bindings.insert_or_assign(v, &target);
    }
    void stmt(const ast::ExpressionStatement& n) { expr(n.expression); }
    void stmt(const ast::IfStatement& n) {
        expr(n.condition);
        const std::uint32_t visit = m_branch_visits++;
        m_path.emplace_back(visit, true);
        statement(n.then_branch);
        m_path.back().second = false;
        if (n.else_branch) statement(*n.else_branch);
        m_path.pop_back();
        m_last_if = visit;
    }
    /// When `s` is an `if` with exactly one side that always leaves the enclosing block, the
    /// other side: the one the statements after it are reached through.
    std::optional<std::pair<std::uint32_t, bool>>
    side_the_block_continues_on(const ast::Statement& s) const {
        const auto* f = boost::get<ast::x3::forward_ast<ast::IfStatement>>(&s.get());
        if (!f) return std::nullopt;
        const ast::IfStatement& n = f->get();
        const bool then_leaves = leaves_block(n.then_branch);
        const bool else_leaves = n.else_branch && leaves_block(*n.else_branch);
        if (then_leaves == else_leaves) return std::nullopt;
        return std::make_pair(m_last_if, else_leaves);
    }
    /// `s` ends in a statement that never falls through to the next one.
    static bool leaves_block(const ast::Statement& s) {
        const ast::Statement* last = &s;
        while (const auto* b = boost::get<ast::x3::forward_ast<ast::Block>>(&last->get())) {
            if (b->get().statements.empty()) return false;
            last = &b->get().statements.back();
        }
        const auto& v = last->get();
        if (boost::get<ast::ReturnStatement>(&v) || boost::get<ast::RevertStatement>(&v) ||
            boost::get<ast::BreakStatement>(&v) || boost::get<ast::ContinueStatement>(&v))
            return true;
        const auto* es = boost::get<ast::ExpressionStatement>(&v);
        if (!es) return false;
        const auto* c = as<ast::Call>(strip(es->expression));
        const auto* callee = c ? as<ast::Identifier>(strip(c->callee)) : nullptr;
        return callee && callee->name == "revert";
    }
    void stmt(const ast::ForStatement& n) {
        if (n.init) statement(*n.init);
        for (int twice = 0; twice < 2; ++twice) {
            if (n.condition) expr(*n.condition);
            statement(n.body);
            if (n.step) expr(*n.step);
        }
    }
    void stmt(const ast::WhileStatement& n) {
        for (int twice = 0; twice < 2; ++twice) {
            expr(n.condition);
            statement(n.body);
        }
    }
    void stmt(const ast::DoWhileStatement& n) {
        for (int twice = 0; twice < 2; ++twice) {
            statement(n.body);
            expr(n.condition);
        }
    }
    void stmt(const ast::ReturnStatement& n) {
        if (n.value) expr(*n.value);
    }
    void stmt(const ast::BreakStatement&) {}
    void stmt(const ast::ContinueStatement&) {}
    void stmt(const ast::PlaceholderStatement&) {
        if (m_placeholder) {
            auto p = m_placeholder;
            p();
            m_placeholder = p;
        }
    }
    void stmt(const ast::EmitStatement& n) { expr(n.event_call); }
    void stmt(const ast::RevertStatement& n) { expr(n.error_call); }
    void stmt(const ast::InlineAssembly& n) {
        // `r.slot := s` only moves a pointer; sload/sstore reach slots no variable names.
        if (lang::yul_uses_storage(n))
            note_incomplete("inline assembly's sload/sstore/tload/tstore are not followed", n.span);
        // A call in assembly reaches an address the facts cannot name: it may call back. It
        // is a call of an unknown receiver all the same, so that a finding points at it (or
        // at the library call that holds it: OpenZeppelin 5's `sendValue` calls in assembly)
        // and the writes after it are the ones to move; the facts stay incomplete.
        if (lang::yul_calls_out(n)) {
            note_incomplete("inline assembly's call/staticcall/delegatecall are not followed",
                            n.span);
            Effect e;
            e.kind = Effect::call;
            e.call_kind = CallSiteKind::low_level_call;
            e.span = n.span;
            push(e);
        }
    }
    void stmt(const ast::TryStatement& n) { // the call, then whichever branch runs
        expr(n.call);
        block(n.body);
        for (const ast::CatchClause& c : n.clauses)
            block(c.body);
    }

    const check::VariableInfo* state_var(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(e));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return nullptr;
        const auto* v = static_cast<const check::VariableInfo*>(info->decl);
        return v->var_kind == check::VarKind::state ? v : nullptr;
    }

    /// The state variable at the root of an lvalue (`balances[a].x` -> balances).
    const check::VariableInfo* root_var(const ast::Expression& raw) const {
        const ast::Expression& e = strip(raw);
        if (const auto* ix = as<ast::IndexAccess>(e)) return root_var(ix->object);
        if (const auto* m = as<ast::MemberAccess>(e)) {
            if (auto* v = state_var(e)) return v;
            return root_var(m->object);
        }
        if (const ast::Expression* bound = binding(e)) return root_var(*bound);
        return state_var(e);
    }

    /// What a bound local storage reference or inlined parameter stands for, else null.
    const ast::Expression* binding(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return nullptr;
        auto it = m_bindings.find(static_cast<const check::VariableInfo*>(info->decl));
        return it == m_bindings.end() ? nullptr : it->second;
    }

    void note_incomplete(const std::string& why, lang::Span span) {
        if (m_incomplete && m_incomplete->empty())
            *m_incomplete = fmt::format("{} (at {})", why, where(span));
    }

    std::string where(lang::Span span) const {
        if (span.file >= m_p.sources().size()) return "?";
        const lang::SourceFile& f = m_p.sources().file(span.file);
        const lang::LineCol lc = f.line_col(span.begin);
        return fmt::format("{}:{}:{}", f.path(), lc.line, lc.column);
    }

    /// The root of an lvalue is a local or parameter of a storage reference type: the write
    /// lands in storage the walker cannot name.
    bool through_storage_reference(const ast::Expression& raw) const {
        const ast::Expression& e = strip(raw);
        if (const auto* ix = as<ast::IndexAccess>(e)) return through_storage_reference(ix->object);
        if (const auto* m = as<ast::MemberAccess>(e)) return through_storage_reference(m->object);
        if (binding(e)) return false;
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(e));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return false;
        const auto* v = static_cast<const check::VariableInfo*>(info->decl);
        return v->var_kind != check::VarKind::state && v->type &&
               v->type->location == check::Location::storage;
    }

    /// `e` names a local or parameter of a storage reference type.
    bool through_storage_reference_type(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return false;
        const auto* v = static_cast<const check::VariableInfo*>(info->decl);
        return v->var_kind != check::VarKind::state && v->type &&
               v->type->location == check::Location::storage;
    }
    void unbind(const ast::Expression& e) {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        if (info && info->decl && info->decl->kind == check::DeclKind::variable)
            m_bindings.erase(static_cast<const check::VariableInfo*>(info->decl));
    }

    /// `e` with a parameter of an inlined internal function replaced by its argument.
    const ast::Expression& resolve(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return e;
        auto it = m_bindings.find(static_cast<const check::VariableInfo*>(info->decl));
        return it == m_bindings.end() ? e : *it->second;
    }

    bool is_address(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        return info && info->type && info->type->kind == check::TypeKind::address;
    }

    /// Records `e`, with the statement of the analysed function it happens in.
    void push(Effect e) {
        e.site = m_site.value_or(e.span);
        e.branches = m_path;
        m_out.push_back(e);
    }

    void add(Effect::Kind k, const check::VariableInfo* v, lang::Span span) {
        if (!v || v->constant || v->immutable) return;
        Effect e;
        e.kind = k;
        e.var = v;
        e.span = span;
        push(e);
    }

    void lvalue(const ast::Expression& raw, bool also_read) {
        const ast::Expression& e = strip(raw);
        if (as<ast::Identifier>(e) && binding(e) && through_storage_reference_type(e)) {
            // `c = other[i]`: the reference moves; what it names is no longer known.
            unbind(e);
            note_incomplete("a local storage reference is assigned again", astutil::span_of(e));
            return;
        }
        if (const auto* ix = as<ast::IndexAccess>(e)) {
            if (ix->index) expr(*ix->index);
        }
        const check::VariableInfo* v = root_var(e);
        if (!v && through_storage_reference(e))
            note_incomplete("a write through a local storage reference is not resolved",
                            astutil::span_of(e));
        if (also_read) add(Effect::read, v, astutil::span_of(e));
        add(Effect::write, v, astutil::span_of(e));
    }

    /// The account `raw` names: conversions (`payable(x)`, `address(x)`, `I(x)`) removed and
    /// the parameters of inlined internal functions followed to their arguments.
    const ast::Expression& account_of(const ast::Expression& raw) const {
        const ast::Expression& e = strip(raw);
        if (const auto* c = as<ast::Call>(e); c && c->arguments.size() == 1) {
            const check::ExprInfo* info = m_p.model().expr(c->id);
            if (info && info->call.kind == check::CallKind::conversion)
                return account_of(c->arguments[0]);
        }
        if (const ast::Expression* bound = binding(e)) return account_of(*bound);
        return e;
    }

    bool trusted_receiver(const ast::Expression& raw) const {
        const ast::Expression& e = account_of(raw);
        if (const auto* id = as<ast::Identifier>(e); id && id->name == "this") return true;
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(e));
        if (info && info->decl && info->decl->kind == check::DeclKind::variable) {
            const auto* v = static_cast<const check::VariableInfo*>(info->decl);
            return v->var_kind == check::VarKind::state && (v->constant || v->immutable);
        }
        return false;
    }

    void call(const ast::Call& n) {
        const check::ExprInfo* info = m_p.model().expr(n.id);
        for (const auto& o : n.options)
            expr(o.value);
        const ast::Expression& callee = strip(n.callee);
        const auto* member = as<ast::MemberAccess>(callee);
        if (member) expr(member->object);
        for (const auto& a : n.arguments)
            expr(a);
        if (!info) return;
        const check::CallInfo& ci = info->call;
        Effect e;
        e.kind = Effect::call;
        e.span = n.span;
        if (member) {
            e.receiver = &resolve(member->object);
            e.account = &account_of(member->object);
        }
        switch (ci.kind) {
        case check::CallKind::internal: {
            if (!ci.function) {
                // A call through an internal function value may reach any function of its
                // type: its effects are not known statically, so no fact is claimed for it.
                expr(callee);
                note_incomplete("a call through an internal function value is not followed",
                                n.span);
                return;
            }
            const check::FunctionInfo* f = ci.function;
            if (f && ci.virtual_dispatch) f = m_t.info->resolve_virtual(f);
            auto saved = m_placeholder;
            auto bound = m_bindings;
            const std::optional<lang::Span> outer_site = m_site;
            if (!m_site) m_site = n.span;
            m_placeholder = nullptr;
            if (f)
                for (std::size_t i = 0; i < f->parameters.size() && i < n.arguments.size(); ++i)
                    m_bindings.insert_or_assign(f->parameters[i], &resolve(n.arguments[i]));
            function(f);
            m_site = outer_site;
            m_placeholder = saved;
            m_bindings = std::move(bound);
            return;
        }
        case check::CallKind::external:
            e.call_kind = CallSiteKind::high_level;
            if (!ci.function) { // through an external function value: any receiver, untrusted
                expr(callee);
                e.receiver = nullptr;
                e.account = nullptr;
                break;
            }
            e.callee = ci.function;
            e.trusted = member && trusted_receiver(member->object);
            e.view_call = ci.function && (ci.function->mutability == ast::Mutability::view ||
                                          ci.function->mutability == ast::Mutability::pure ||
                                          ci.function->getter_of);
            break;
        case check::CallKind::creation:
            e.call_kind = CallSiteKind::creation;
            e.trusted = true;
            break;
        case check::CallKind::builtin:
            switch (ci.builtin) {
            case check::Builtin::address_call:
                e.call_kind = CallSiteKind::low_level_call;
                break;
            case check::Builtin::address_staticcall:
                e.call_kind = CallSiteKind::static_call;
                e.view_call = true;
                break;
            case check::Builtin::address_delegatecall:
                e.call_kind = CallSiteKind::delegate_call;
                break;
            case check::Builtin::address_transfer:
                e.call_kind = CallSiteKind::transfer;
                e.stipend = true;
                break;
            case check::Builtin::address_send:
                e.call_kind = CallSiteKind::send;
                e.stipend = true;
                break;
            case check::Builtin::array_push:
            case check::Builtin::array_pop:
                if (member) lvalue(member->object, true);
                return;
            default:
                return;
            }
            if (member && trusted_receiver(member->object)) e.trusted = true;
            // `{gas: n}` with a small constant also limits re-entry; treated as risky here.
            break;
        default:
            return;
        }
        push(e);
    }

    void expr(const ast::Expression& e) {
        astutil::visit(e, [&](const auto& n) { node(n, e); });
    }
    void node(const ast::Identifier&, const ast::Expression& e) {
        if (auto* v = state_var(e))
            add(Effect::read, v, astutil::span_of(e));
        else if (through_storage_reference_type(e) && binding(e))
            add(Effect::read, root_var(e), astutil::span_of(e));
        // A read through a local storage reference lands in storage the walker cannot name.
        else if (through_storage_reference(e))
            note_incomplete("a storage reference is not resolved to a state variable",
                            astutil::span_of(e));
    }
    void node(const ast::MemberAccess& n, const ast::Expression& e) {
        if (auto* v = state_var(e)) {
            add(Effect::read, v, astutil::span_of(e));
            return;
        }
        expr(n.object);
        if (n.member == "balance" && is_address(n.object)) {
            Effect b;
            b.kind = Effect::read;
            b.balance = true;
            b.span = astutil::span_of(e);
            push(b);
        }
    }
    void node(const ast::IndexAccess& n, const ast::Expression& e) {
        const std::size_t first = m_out.size();
        expr(n.object);
        // `isMinter[msg.sender]`: a boolean looked up by the caller is an access list, and a
        // check that it holds (`require(isOwner[msg.sender])`, not `!claimed[msg.sender]`)
        // admits its members alone: the deployer, who is one, may call where others may not.
        // A record of one object per caller (`votedYes[id][msg.sender]`, a confirmation) is
        // no access list: writing it grants nobody anything.
        if (m_access && n.index && astutil::is_caller(m_p.model(), *m_t.info, *n.index) &&
            is_bool(e) && as<ast::Identifier>(n.object)) {
            add_guards(first);
            if (!m_negated)
                if (const check::VariableInfo* v = named_variable(m_p, n.object))
                    m_access->sender_lists.insert(v);
        }
        if (n.index) expr(*n.index);
    }
    void node(const ast::IndexRangeAccess& n, const ast::Expression&) { // a calldata slice
        expr(n.object);
        if (n.start) expr(*n.start);
        if (n.end) expr(*n.end);
    }
    void node(const ast::Assignment& n, const ast::Expression&) {
        expr(n.rhs);
        lvalue(n.lhs, n.op != ast::AssignOp::assign);
    }
    void node(const ast::Unary& n, const ast::Expression&) {
        using U = ast::UnaryOp;
        if (n.op == U::pre_inc || n.op == U::pre_dec || n.op == U::post_inc ||
            n.op == U::post_dec || n.op == U::del) {
            lvalue(n.operand, n.op != U::del);
        } else {
            const bool negated = m_negated;
            m_negated = n.op == U::logical_not;
            expr(n.operand);
            m_negated = negated;
        }
    }
    void node(const ast::Binary& n, const ast::Expression&) {
        const bool comparison = n.op == ast::BinaryOp::eq || n.op == ast::BinaryOp::ne;
        const bool sender_check = m_access && comparison &&
                                  (astutil::is_caller(m_p.model(), *m_t.info, n.lhs) ||
                                   astutil::is_caller(m_p.model(), *m_t.info, n.rhs));
        if (sender_check) m_access->sender_checked = true;
        const std::size_t first = m_out.size();
        expr(n.lhs);
        expr(n.rhs);
        // What the caller is compared with (`owner`) decides who may call.
        if (sender_check) add_guards(first);
    }
    /// Adds the variables read by the effects from `first` on to the access-control state.
    void add_guards(std::size_t first) {
        for (std::size_t i = first; i < m_out.size(); ++i)
            if (m_out[i].kind == Effect::read && m_out[i].var)
                m_access->sender_guards.insert(m_out[i].var);
    }
    bool is_bool(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(strip(e)));
        return info && info->type && info->type->kind == check::TypeKind::boolean;
    }
    void node(const ast::Conditional& n, const ast::Expression&) {
        expr(n.condition);
        expr(n.when_true);
        expr(n.when_false);
    }
    void node(const ast::TupleExpr& n, const ast::Expression&) {
        for (const auto& x : n.elements)
            if (x) expr(*x);
    }
    void node(const ast::InlineArray& n, const ast::Expression&) {
        for (const auto& x : n.elements)
            expr(x);
    }
    void node(const ast::Call& n, const ast::Expression&) { call(n); }
    template <typename T> void node(const T&, const ast::Expression&) {}

    const Program& m_p;
    const Target& m_t;
    std::vector<Effect>& m_out;
    std::string* m_incomplete;
    FunctionFacts* m_access; ///< where sender checks are recorded (sender_checked, sender_guards)
    bool m_negated = false;  ///< visiting the operand of a `!`
    /// Parameters of the internal functions being inlined -> their arguments (resolved).
    std::map<const check::VariableInfo*, const ast::Expression*> m_bindings;
    std::vector<const check::FunctionInfo*> m_stack;
    std::function<void()> m_placeholder;
    /// The call in the analysed function's own body through which the internal functions
    /// being inlined were reached (a library's `sendValue`); none outside them.
    std::optional<lang::Span> m_site;
    /// The `if` sides the walk is under (Effect::branches), and the visits of `if` so far.
    std::vector<std::pair<std::uint32_t, bool>> m_path;
    std::uint32_t m_branch_visits = 0;
    std::uint32_t m_last_if = 0; ///< the visit of the `if` statement walked last
};

/// A modifier is a mutex on X when, before `_`, it reads X and writes X, and after `_` it
/// writes X again (any name, bool or integer flag).
std::set<const check::VariableInfo*> mutexes_of(const Program& p, const Target& t,
                                                const check::FunctionInfo* f) {
    std::set<const check::VariableInfo*> out;
    for (const check::ModifierUse& use : f->modifiers) {
        const check::ModifierInfo* m =
            use.modifier ? t.info->resolve_modifier(use.modifier) : nullptr;
        if (!m || !m->ast || !m->ast->body) continue;
        std::vector<Effect> before, after;
        bool past = false;
        for (const ast::Statement& s : m->ast->body->statements) {
            if (astutil::visit(s, [](const auto& n) {
                    return std::is_same_v<std::decay_t<decltype(n)>, ast::PlaceholderStatement>;
                })) {
                past = true;
                continue;
            }
            Walker w(p, t, past ? after : before);
            w.statement(s);
        }
        for (const Effect& e : before) {
            if (e.kind != Effect::read) continue;
            auto written = [&](const std::vector<Effect>& v) {
                return std::any_of(v.begin(), v.end(), [&](const Effect& x) {
                    return x.kind == Effect::write && x.var == e.var;
                });
            };
            if (written(before) && written(after)) out.insert(e.var);
        }
    }
    return out;
}

} // namespace

std::string_view to_string(CallSiteKind k) {
    switch (k) {
    case CallSiteKind::high_level:
        return "external call";
    case CallSiteKind::low_level_call:
        return "low-level call";
    case CallSiteKind::static_call:
        return "staticcall";
    case CallSiteKind::delegate_call:
        return "delegatecall";
    case CallSiteKind::transfer:
        return "transfer";
    case CallSiteKind::send:
        return "send";
    case CallSiteKind::creation:
        return "contract creation";
    }
    return "call";
}

int FunctionFacts::first_risky_call() const {
    for (std::size_t i = 0; i < effects.size(); ++i)
        if (effects[i].kind == Effect::call && !effects[i].trusted && !effects[i].stipend &&
            effects[i].call_kind != CallSiteKind::static_call)
            return static_cast<int>(i);
    return -1;
}

int FunctionFacts::first_call_out() const {
    for (std::size_t i = 0; i < effects.size(); ++i)
        if (effects[i].kind == Effect::call && !effects[i].stipend &&
            effects[i].call_kind != CallSiteKind::static_call &&
            effects[i].call_kind != CallSiteKind::creation)
            return static_cast<int>(i);
    return -1;
}

bool FunctionFacts::only_accepts_ether() const {
    return incomplete.empty() && std::none_of(effects.begin(), effects.end(), [](const Effect& e) {
               return e.kind != Effect::read;
           });
}

std::set<std::pair<std::string, std::string>> payment_functions(const Facts& facts) {
    std::set<std::pair<std::string, std::string>> out;
    for (const FunctionFacts& f : facts.functions())
        if (f.only_accepts_ether()) out.emplace(f.target->name(), call_signature(*f.function));
    return out;
}

bool FunctionFacts::ends_with_its_only_call() const {
    if (!incomplete.empty() || effects.empty()) return false;
    const Effect& last = effects.back();
    if (last.kind != Effect::call || last.trusted || last.stipend ||
        (last.call_kind != CallSiteKind::high_level &&
         last.call_kind != CallSiteKind::low_level_call))
        return false;
    return std::count_if(effects.begin(), effects.end(),
                         [](const Effect& e) { return e.kind == Effect::call; }) == 1;
}

std::vector<const Effect*> FunctionFacts::writes_after(int i) const {
    std::vector<const Effect*> out;
    if (i < 0) return out;
    for (std::size_t k = static_cast<std::size_t>(i) + 1; k < effects.size(); ++k)
        if (effects[k].kind == Effect::write && !mutexes.contains(effects[k].var))
            out.push_back(&effects[k]);
    return out;
}

std::set<const check::VariableInfo*> FunctionFacts::touched() const {
    std::set<const check::VariableInfo*> out;
    for (const Effect& e : effects)
        if (e.var && !mutexes.contains(e.var)) out.insert(e.var);
    return out;
}

namespace {

/// Calls `visit` on each assignment statement of `s`, in blocks, branches and loop bodies too.
template <typename Visit> void for_each_nested_assignment(const ast::Statement& s, Visit& visit) {
    astutil::visit(s, [&](const auto& node) {
        using N = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<N, ast::ExpressionStatement>) {
            const auto* a = astutil::as<ast::Assignment>(node.expression);
            if (a && a->op == ast::AssignOp::assign) visit(*a);
        } else if constexpr (std::is_same_v<N, ast::Block>) {
            for (const ast::Statement& inner : node.statements)
                for_each_nested_assignment(inner, visit);
        } else if constexpr (std::is_same_v<N, ast::IfStatement>) {
            for_each_nested_assignment(node.then_branch, visit);
            if (node.else_branch) for_each_nested_assignment(*node.else_branch, visit);
        } else if constexpr (std::is_same_v<N, ast::ForStatement> ||
                             std::is_same_v<N, ast::WhileStatement> ||
                             std::is_same_v<N, ast::DoWhileStatement>) {
            for_each_nested_assignment(node.body, visit);
        }
    });
}

/// Where for_each_constructor_assignment looks: the constructors' top-level statements only
/// (what holds from deployment on, whatever a branch would have done), or also inside their
/// blocks, branches and loops (an owners list filled in a loop).
enum class Nesting : std::uint8_t { top_level, any };

/// Calls `visit` with each plain assignment (`x = e;`) the constructors of `t`'s
/// linearization make, at the `nesting` asked.
template <typename Visit>
void for_each_constructor_assignment(const Target& t, Nesting nesting, Visit&& visit) {
    for (const check::ContractInfo* c : t.info->linearization) {
        const check::FunctionInfo* ctor = c ? c->constructor : nullptr;
        if (!ctor || !ctor->ast || !ctor->ast->body) continue;
        for (const ast::Statement& s : ctor->ast->body->statements) {
            if (nesting == Nesting::any) {
                for_each_nested_assignment(s, visit);
                continue;
            }
            const auto* es = boost::get<ast::ExpressionStatement>(&s.get());
            const auto* a = es ? astutil::as<ast::Assignment>(es->expression) : nullptr;
            if (a && a->op == ast::AssignOp::assign) visit(*a);
        }
    }
}

/// The variables of `t` set to msg.sender at deployment: by their initializer, or by a
/// top-level `v = msg.sender;` of a constructor in the linearization.
void add_deployer_assigned(const Program& p, const Target& t,
                           std::set<const check::VariableInfo*>& out) {
    const auto is_sender = [&](const ast::Expression& e) {
        return astutil::is_msg_sender(p.model(), e);
    };
    for (const auto* vars : {&t.info->storage_variables, &t.info->immutable_variables})
        for (const check::VariableInfo* v : *vars)
            if (v && v->ast_state && v->ast_state->initial_value &&
                is_sender(*v->ast_state->initial_value))
                out.insert(v);
    for_each_constructor_assignment(t, Nesting::top_level, [&](const ast::Assignment& a) {
        if (is_sender(a.rhs))
            if (const check::VariableInfo* v = named_variable(p, a.lhs)) out.insert(v);
    });
}

/// The boolean mappings of `t` whose constructors put accounts on them at deployment: a
/// `v[msg.sender] = true;` or `v[o] = true;` (an owners list, a council).
void add_deployer_listed(const Program& p, const Target& t,
                         std::set<const check::VariableInfo*>& out) {
    for_each_constructor_assignment(t, Nesting::any, [&](const ast::Assignment& a) {
        const auto* ix = astutil::as<ast::IndexAccess>(a.lhs);
        const auto* yes = astutil::as<ast::BoolLiteral>(a.rhs);
        // The deployer (`isOwner[msg.sender] = true`) or the accounts it names
        // (`isOwner[o] = true` for each owner given), who act in their role alike.
        if (ix && ix->index && yes && yes->value)
            if (const check::VariableInfo* v = named_variable(p, ix->object)) out.insert(v);
    });
}

} // namespace

Facts::Facts(const Program& program) {
    for (const Target& t : program.targets()) {
        std::vector<const check::FunctionInfo*> fs = t.info->external_functions;
        if (t.info->receive) fs.push_back(t.info->receive);
        if (t.info->fallback) fs.push_back(t.info->fallback);
        for (const check::FunctionInfo* f : fs) {
            if (!f->ast) continue;
            FunctionFacts ff;
            ff.target = &t;
            ff.function = f;
            ff.is_view =
                f->mutability == ast::Mutability::view || f->mutability == ast::Mutability::pure;
            Walker w(program, t, ff.effects, &ff.incomplete, &ff);
            w.function(f);
            ff.mutexes = mutexes_of(program, t, f);
            m_access.insert(ff.sender_guards.begin(), ff.sender_guards.end());
            m_functions.push_back(std::move(ff));
        }
    }
    // A check that the caller is on a list the deployment filled admits the deployer or the
    // accounts it named where it refuses others: the function is privileged, as one comparing
    // the caller with an owner.
    std::set<const check::VariableInfo*> listed;
    for (const Target& t : program.targets())
        if (!t.creator) add_deployer_listed(program, t, listed);
    for (FunctionFacts& f : m_functions)
        for (const check::VariableInfo* v : f.sender_lists)
            f.sender_checked |= listed.contains(v);
    // Only the deployer's own deployments: an instance another contract creates holds its
    // creator, which the adversary may be able to make call for it.
    for (const Target& t : program.targets())
        if (!t.creator) add_deployer_assigned(program, t, m_deployer_held);
    for (const Target& t : program.targets())
        if (t.creator)
            for (const auto* vars : {&t.info->storage_variables, &t.info->immutable_variables})
                for (const check::VariableInfo* v : *vars)
                    m_deployer_held.erase(v);
    for (const FunctionFacts& f : m_functions) {
        // Writes the effects cannot name (a storage reference, a delegatecall's code) may
        // change any of them.
        if (!f.incomplete.empty()) m_deployer_held.clear();
        for (const Effect& e : f.effects) {
            if (e.kind == Effect::write) m_deployer_held.erase(e.var);
            if (e.kind == Effect::call && e.call_kind == CallSiteKind::delegate_call)
                m_deployer_held.clear();
        }
    }
}

std::vector<const FunctionFacts*> Facts::implementations(const check::FunctionInfo* callee) const {
    std::vector<const FunctionFacts*> out;
    for (const FunctionFacts& g : m_functions)
        if (g.function == callee || (callee->contract && callee->contract->is_interface() &&
                                     g.function->signature == callee->signature))
            out.push_back(&g);
    return out;
}

const FunctionFacts* Facts::find(const std::string& contract, const std::string& signature) const {
    for (const FunctionFacts& f : m_functions)
        if (f.target->name() == contract &&
            (signature.empty() ? f.function == plain_entry(*f.target->info)
                               : f.function->signature == signature))
            return &f;
    return nullptr;
}

int Facts::first_call_to_a_caller_given_account(const Program& p, const FunctionFacts& f) const {
    for (std::size_t i = 0; i < f.effects.size(); ++i) {
        const Effect& e = f.effects[i];
        if (e.kind != Effect::call || e.trusted || e.stipend || !e.account ||
            e.call_kind == CallSiteKind::static_call || e.call_kind == CallSiteKind::creation)
            continue;
        if (e.callee && !implementations(e.callee).empty()) continue;
        const lang::ast::Expression* r = e.account;
        const check::ExprInfo* info = p.model().expr(astutil::id_of(*r));
        const bool state_variable =
            astutil::as<lang::ast::Identifier>(*r) && info && info->decl &&
            info->decl->kind == check::DeclKind::variable &&
            static_cast<const check::VariableInfo*>(info->decl)->var_kind == check::VarKind::state;
        if (!state_variable) return static_cast<int>(i);
    }
    return -1;
}

} // namespace mallory::analyzer
