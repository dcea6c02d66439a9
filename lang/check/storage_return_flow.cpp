// solc's check 3464 for named storage-pointer return variables: every path that reaches the end
// of the function, or a `return;` without a value, must have assigned the variable, or the
// caller gets whatever slot the pointer happened to hold; and for them and local storage
// pointers declared without a value (`S storage c; if (f) c = a; else c = b;`), no read may
// come before an assignment on a path that reaches the end. The checker records where each such
// variable is assigned (outside operands that may not run); this pass follows the statements
// as solc's control-flow graph does: both branches of an `if`, loop bodies that may not run,
// `break` and `continue` leaving a do-while early, `revert` and Yul's `return`/`revert` ending
// a path, a `switch` with a `default` as its cases together.
#include "lang/check/checker_impl.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>
#include <set>

namespace mallory::lang::check {

namespace {

/// What a statement does to the paths through it: whether one falls through to the next
/// statement, and whether the variable is assigned on every path that does.
struct Paths {
    bool falls_through = true;
    bool assigned = false;
};

/// Both alternatives of a branch, joined.
Paths either(const Paths& a, const Paths& b) {
    return {a.falls_through || b.falls_through,
            (!a.falls_through || a.assigned) && (!b.falls_through || b.assigned)};
}

bool is_revert_call(const ast::Expression& e) {
    const auto* call = boost::get<x3::forward_ast<ast::Call>>(&e.get());
    if (!call) return false;
    const auto* id = boost::get<ast::Identifier>(&call->get().callee.get());
    return id && id->name == "revert";
}

/// Whether a Yul statement is a call that ends the message call or the path.
bool ends_path(const ast::YulStatement& s) {
    if (s.kind != ast::YulStatement::Kind::expression || s.value.empty()) return false;
    const std::string& f = s.value.front().name;
    return f == "return" || f == "revert" || f == "stop" || f == "invalid";
}

class PointerFlow {
public:
    PointerFlow(const BodyContext& body, const VariableInfo& var)
        : m_assignments(body.pointer_assignments), m_reads(body.pointer_reads), m_var(var) {}

    /// The flow of a modifier's body around the function's return variable `var`: the
    /// modifier cannot name it, so only `_`, which runs what it wraps with the outcome
    /// `inner`, changes it.
    PointerFlow(const VariableInfo& var, const Paths& inner)
        : m_assignments(m_none), m_reads(m_none), m_var(var), m_placeholder(inner) {}

    /// Whether some path leaves the function (its end or `return;`) with the variable
    /// unassigned.
    bool leaves_unassigned(const ast::Block& body) {
        const Paths end = block(body.statements, false);
        return m_unassigned_return || (end.falls_through && !end.assigned);
    }

    /// How the paths through `body` leave it, by its end or a `return`, where the code
    /// around it (a modifier's `_`) goes on: whether one does, and whether the variable is
    /// assigned on all that do.
    Paths exits(const ast::Block& body, bool assigned) {
        const Paths end = block(body.statements, assigned);
        return {end.falls_through || m_returns,
                !m_unassigned_return && (!end.falls_through || end.assigned)};
    }

    /// Whether the variable is assigned once the arguments of `m` are evaluated (`m(r = s)`).
    bool after_arguments(const ast::ModifierInvocation& m, bool assigned) {
        if (m.arguments)
            for (const ast::Expression& a : *m.arguments)
                assigned = expression(ast::span_of(a), assigned);
        return assigned;
    }

    /// Follows the arguments of a function's modifiers, in order, before its body: for reads
    /// only (what runs around `_` is the modifiers' flow).
    void modifiers_then_body(const ast::FunctionDefinition& f) {
        bool assigned = false;
        for (const ast::ModifierInvocation& m : f.modifiers)
            if (m.arguments)
                for (const ast::Expression& a : *m.arguments)
                    assigned = expression(ast::span_of(a), assigned);
        if (!f.body) return;
        const Paths end = block(f.body->statements, assigned);
        // solc reports a read only on a path that returns: a body that always reverts has none.
        if (!end.falls_through && !m_returns) m_early_read.reset();
    }

    /// Follows a modifier's body (its `_` runs the function, which cannot name its locals).
    void body_alone(const ast::Block& body) {
        const Paths end = block(body.statements, false);
        if (!end.falls_through && !m_returns) m_early_read.reset();
    }

    /// The first read of the variable before any assignment, if there is one.
    const std::optional<Span>& early_read() const { return m_early_read; }

private:
    const std::vector<BodyContext::PointerUse> m_none;
    const std::vector<BodyContext::PointerUse>& m_assignments;
    const std::vector<BodyContext::PointerUse>& m_reads;
    const VariableInfo& m_var;
    std::optional<Paths> m_placeholder; ///< in a modifier: what its `_` runs
    bool m_unassigned_return = false;
    bool m_returns = false; ///< a `return` statement was reached
    std::optional<Span> m_early_read;
    /// Per enclosing loop: whether every `break`/`continue` seen so far had assigned it.
    std::vector<bool> m_jumps_assigned;

    bool assigns_within(Span s) const {
        return std::any_of(m_assignments.begin(), m_assignments.end(), [&](const auto& a) {
            return a.var == &m_var && a.at.begin >= s.begin && a.at.begin < s.end;
        });
    }

    /// An expression (or a statement read as one) at `s`: a read of the variable there comes
    /// too early unless it is assigned before, or earlier in `s` (`(r = s).x`); returns whether
    /// it is assigned after `s`.
    bool expression(Span s, bool assigned) {
        if (!assigned && !m_early_read)
            for (const auto& r : m_reads) {
                if (r.var != &m_var || r.at.begin < s.begin || r.at.begin >= s.end) continue;
                const bool target_or_after =
                    std::any_of(m_assignments.begin(), m_assignments.end(), [&](const auto& a) {
                        return a.var == &m_var && a.at.begin >= s.begin && a.at.begin <= r.at.begin;
                    });
                if (!target_or_after) {
                    m_early_read = r.at;
                    break;
                }
            }
        return assigned || assigns_within(s);
    }

    Paths block(const std::vector<ast::Statement>& list, bool assigned) {
        Paths p{true, assigned};
        for (const ast::Statement& s : list) {
            if (!p.falls_through) break; // the rest is unreachable
            p = statement(s, p.assigned);
        }
        return p;
    }

    Paths loop_body(const ast::Statement& body, bool assigned, Paths& out) {
        m_jumps_assigned.push_back(true);
        out = statement(body, assigned);
        const bool jumps = m_jumps_assigned.back();
        m_jumps_assigned.pop_back();
        return {true, jumps};
    }

    void jump(bool assigned) {
        if (!m_jumps_assigned.empty())
            m_jumps_assigned.back() = m_jumps_assigned.back() && assigned;
    }

    Paths statement(const ast::Statement& s, bool assigned) {
        return boost::apply_visitor([&](const auto& n) { return visit(ast::unwrap(n), assigned); },
                                    s.get());
    }

    Paths visit(const ast::Block& b, bool assigned) { return block(b.statements, assigned); }
    Paths visit(const ast::VariableDeclarationStatement& v, bool assigned) {
        return {true, expression(v.span, assigned)};
    }
    Paths visit(const ast::ExpressionStatement& e, bool assigned) {
        const bool after = expression(e.span, assigned);
        if (is_revert_call(e.expression)) return {false, true};
        return {true, after};
    }
    Paths visit(const ast::IfStatement& i, bool assigned) {
        const bool before = expression(ast::span_of(i.condition), assigned);
        const Paths then = statement(i.then_branch, before);
        const Paths otherwise =
            i.else_branch ? statement(*i.else_branch, before) : Paths{true, before};
        return either(then, otherwise);
    }
    Paths visit(const ast::ForStatement& f, bool assigned) {
        bool before = f.init ? statement(*f.init, assigned).assigned : assigned;
        if (f.condition) before = expression(ast::span_of(*f.condition), before);
        Paths body;
        loop_body(f.body, before, body); // the body may not run: the loop leaves `before`
        if (f.step) expression(ast::span_of(*f.step), body.assigned);
        return {true, before};
    }
    Paths visit(const ast::WhileStatement& w, bool assigned) {
        const bool before = expression(ast::span_of(w.condition), assigned);
        Paths body;
        loop_body(w.body, before, body);
        return {true, before};
    }
    Paths visit(const ast::DoWhileStatement& d, bool assigned) {
        Paths body;
        const Paths jumps = loop_body(d.body, assigned, body);
        const bool condition =
            expression(ast::span_of(d.condition), body.falls_through && body.assigned);
        // Leaving after a pass of the body, or by a break/continue (continue goes on with the
        // condition, which may end the loop).
        return {true, assigned ||
                          ((!body.falls_through || body.assigned || condition) && jumps.assigned)};
    }
    Paths visit(const ast::ReturnStatement& r, bool assigned) {
        if (r.value) expression(ast::span_of(*r.value), assigned);
        if (!r.value && !assigned) m_unassigned_return = true;
        m_returns = true;
        return {false, true};
    }
    Paths visit(const ast::BreakStatement&, bool assigned) {
        jump(assigned);
        return {false, true};
    }
    Paths visit(const ast::ContinueStatement&, bool assigned) {
        jump(assigned);
        return {false, true};
    }
    Paths visit(const ast::PlaceholderStatement&, bool assigned) {
        if (!m_placeholder) return {true, assigned};
        return {m_placeholder->falls_through, assigned || m_placeholder->assigned};
    }
    Paths visit(const ast::EmitStatement& e, bool assigned) {
        return {true, expression(e.span, assigned)};
    }
    Paths visit(const ast::RevertStatement& r, bool assigned) {
        expression(r.span, assigned);
        return {false, true};
    }
    Paths visit(const ast::TryStatement& t, bool assigned) {
        const bool before = expression(ast::span_of(t.call), assigned);
        Paths p = block(t.body.statements, before);
        for (const ast::CatchClause& c : t.clauses)
            p = either(p, block(c.body.statements, before));
        return p;
    }
    Paths visit(const ast::InlineAssembly& a, bool assigned) { return yul(a.body, assigned); }

    Paths yul(const std::vector<ast::YulStatement>& list, bool assigned) {
        Paths p{true, assigned};
        for (const ast::YulStatement& s : list) {
            if (!p.falls_through) break;
            p = yul(s, p.assigned);
        }
        return p;
    }

    Paths yul(const ast::YulStatement& s, bool assigned) {
        using K = ast::YulStatement::Kind;
        switch (s.kind) {
        case K::block:
            return yul(s.body, assigned);
        case K::assign:
        case K::let:
            return {true, expression(s.span, assigned)};
        case K::expression:
            expression(s.span, assigned);
            if (ends_path(s)) return {false, true};
            return {true, assigned};
        case K::if_:
            expression(s.value.front().span, assigned);
            return either(yul(s.body, assigned), Paths{true, assigned});
        case K::switch_: {
            expression(s.value.front().span, assigned);
            const bool has_default =
                std::any_of(s.body.begin(), s.body.end(),
                            [](const ast::YulStatement& c) { return c.value.empty(); });
            Paths p{false, true};
            for (const ast::YulStatement& c : s.body)
                p = either(p, yul(c.body, assigned));
            return has_default ? p : either(p, Paths{true, assigned});
        }
        case K::for_: {
            const Paths init = yul(s.init, assigned);
            if (!init.falls_through) return init;
            expression(s.value.front().span, init.assigned);
            yul(s.body, init.assigned); // for a `return` in it; the body may not run
            yul(s.post, init.assigned);
            return {true, init.assigned};
        }
        case K::case_:
        case K::break_:
        case K::continue_:
        case K::function_: // defining a function runs nothing; its body cannot name Solidity
        case K::leave:     // locals (check/assembly.cpp), so it is not followed
            return {true, assigned};
        }
        return {true, assigned};
    }
};

/// The modifier an invocation in a function runs when the function is part of `c`: a
/// virtual modifier runs as `c` overrides it. Null for a base constructor call.
const ModifierInfo* modifier_in(const ContractInfo& c, const ast::ModifierInvocation& m) {
    if (m.name.path.size() != 1) return nullptr;
    for (const ContractInfo* x : c.linearization)
        for (const ModifierInfo* mod : x->modifiers)
            if (mod->name == m.name.path.front()) return mod;
    return nullptr;
}

/// `d` when the paths must assign it before reading it: a storage-pointer return variable of
/// the function `body` checks, or a local storage pointer declared there without a value.
const VariableInfo* tracked_pointer(const BodyContext* body, const Declaration* d) {
    if (!body || !d || d->kind != DeclKind::variable) return nullptr;
    const auto* v = static_cast<const VariableInfo*>(d);
    if (std::find(body->unset_pointers.begin(), body->unset_pointers.end(), v) !=
        body->unset_pointers.end())
        return v;
    if (!body->function) return nullptr;
    const auto& returns = body->function->returns;
    if (std::find(returns.begin(), returns.end(), v) == returns.end()) return nullptr;
    if (!v->type || !is_pointer_type(*v->type)) return nullptr;
    return v;
}

} // namespace

std::string unassigned_pointer_message(const Type& pointer, std::string_view use) {
    return fmt::format("This variable is of {} pointer type and can be {} without prior "
                       "assignment, which would lead to undefined behaviour.",
                       pointer.location == Location::calldata ? "calldata" : "storage", use);
}

void Checker::note_pointer_assignment(const VariableInfo* v, Span at) {
    if (!tracked_pointer(m_body, v)) return;
    // The target was checked as an expression first: that is not a read of it.
    std::erase_if(m_body->pointer_reads,
                  [&](const BodyContext::PointerUse& r) { return r.var == v && r.at == at; });
    if (m_body->conditional_depth == 0) m_body->pointer_assignments.push_back({v, at});
}

void Checker::note_pointer_read(const Declaration* d, Span at) {
    if (const VariableInfo* v = tracked_pointer(m_body, d))
        m_body->pointer_reads.push_back({v, at});
}

/// The body runs inside its modifiers, the last one innermost: a `return` in the body goes
/// on after the `_` that ran it, and a modifier that skips `_` or reverts after it decides
/// what leaves the function (solc's control flow graph inlines them so). A virtual modifier
/// runs as each contract that has the function overrides it, and solc checks the function
/// for every such contract.
bool Checker::modified_function_leaves_unassigned(const FunctionInfo& f, const VariableInfo& r) {
    const auto& modifiers = f.ast->modifiers;
    if (modifiers.empty()) return PointerFlow(*m_body, r).leaves_unassigned(*f.ast->body);
    // A modifier's arguments are evaluated as it starts, so they may assign the variable for
    // that modifier's body and everything inside it.
    std::vector<bool> entry(modifiers.size() + 1, false);
    PointerFlow arguments(*m_body, r);
    for (std::size_t i = 0; i < modifiers.size(); ++i)
        entry[i + 1] = arguments.after_arguments(modifiers[i], entry[i]);
    const Paths body = PointerFlow(*m_body, r).exits(*f.ast->body, entry.back());
    for (const ContractInfo* c : m_model.contracts()) {
        if (!f.contract || !c->derives_from(f.contract)) continue;
        Paths inner = body;
        for (std::size_t i = modifiers.size(); i-- > 0;) {
            const ModifierInfo* mod = modifier_in(*c, modifiers[i]);
            if (!mod || !mod->ast || !mod->ast->body) continue;
            inner = PointerFlow(r, inner).exits(*mod->ast->body, entry[i + 1]);
        }
        if (inner.falls_through && !inner.assigned) return true;
    }
    return false;
}

void Checker::check_modifier_pointer_reads(const ModifierInfo& m) {
    for (const VariableInfo* v : m_body->unset_pointers) {
        PointerFlow flow(*m_body, *v);
        flow.body_alone(*m.ast->body);
        if (flow.early_read())
            m_modifier_early_reads[&m].push_back(
                {*flow.early_read(), unassigned_pointer_message(*v->type, "accessed")});
    }
}

void Checker::report_modifier_pointer_reads() {
    std::set<const ModifierInfo*> run;
    for (const ContractInfo* c : m_model.contracts())
        for (const ContractInfo* x : c->linearization)
            for (const FunctionInfo* f : x->functions)
                if (f->ast)
                    for (const ast::ModifierInvocation& inv : f->ast->modifiers)
                        if (const ModifierInfo* m = modifier_in(*c, inv)) run.insert(m);
    for (const auto& [m, reads] : m_modifier_early_reads)
        if (run.contains(m))
            for (const auto& [at, message] : reads)
                error(DiagCode::DataLocationInvalid, at, message).hint =
                    "assign it before this use";
}

void Checker::check_storage_return_paths(const FunctionInfo& f) {
    if (!f.ast->body) return;
    // A local's reads and assignments all follow its declaration: the flow from the start of
    // the body finds them in order.
    for (const VariableInfo* v : m_body->unset_pointers) {
        PointerFlow flow(*m_body, *v);
        flow.modifiers_then_body(*f.ast);
        if (flow.early_read())
            error(DiagCode::DataLocationInvalid, *flow.early_read(),
                  unassigned_pointer_message(*v->type, "accessed"))
                .hint = "assign it before this use";
    }
    for (const VariableInfo* r : f.returns) {
        if (!tracked_pointer(m_body, r)) continue;
        PointerFlow flow(*m_body, *r);
        flow.modifiers_then_body(*f.ast);
        if (flow.early_read())
            error(DiagCode::DataLocationInvalid, *flow.early_read(),
                  unassigned_pointer_message(*r->type, "accessed"))
                .hint = "assign it before this use";
        // An unnamed one, which only `return` can set, is checked by check_function_body
        // unless modifiers decide how the function ends.
        if (r->name.empty() && f.ast->modifiers.empty()) continue;
        if (modified_function_leaves_unassigned(f, *r))
            error(DiagCode::DataLocationInvalid, r->span,
                  unassigned_pointer_message(*r->type, "returned"))
                .hint = "assign it on every path that does not revert";
    }
}

} // namespace mallory::lang::check
