#include "analyzer/guard_bounds.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/evaluator.hpp"
#include "analyzer/world.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::strip;

/// A check read as `sum <= limit` (`strict`: `sum < limit`), before the function raises a
/// variable of `sum`.
struct Check {
    const ast::Expression* sum = nullptr;
    const ast::Expression* limit = nullptr;
    bool strict = false;
};

const check::VariableInfo* variable_of(const check::SemanticModel& model,
                                       const ast::Expression& e) {
    const check::ExprInfo* info = model.expr(astutil::id_of(strip(e)));
    if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return nullptr;
    return static_cast<const check::VariableInfo*>(info->decl);
}

/// A plain integer state variable a function can raise (not a constant or an immutable).
const check::VariableInfo* raisable_variable(const check::SemanticModel& model,
                                             const ast::Expression& e) {
    const check::VariableInfo* v = variable_of(model, e);
    if (!v || v->var_kind != check::VarKind::state || v->constant || v->immutable) return nullptr;
    return v->type->kind == check::TypeKind::integer && !v->type->is_signed ? v : nullptr;
}

/// Whether `e` is `msg.sender`.
bool is_caller(const check::SemanticModel& model, const ast::Expression& e) {
    const check::ExprInfo* info = model.expr(astutil::id_of(strip(e)));
    return info && info->magic == lang::Magic::msg_sender;
}

/// The caller's entry of an unsigned integer state mapping (`purchased[msg.sender]`), which a
/// function raises for its caller alone: a cap per account.
const check::VariableInfo* callers_entry(const check::SemanticModel& model,
                                         const ast::Expression& e) {
    const auto* ix = as<ast::IndexAccess>(strip(e));
    if (!ix || !ix->index || !is_caller(model, *ix->index)) return nullptr;
    const check::VariableInfo* m = variable_of(model, ix->object);
    if (!m || m->var_kind != check::VarKind::state || m->constant || m->immutable ||
        m->type->kind != check::TypeKind::mapping || !m->type->element)
        return nullptr;
    const check::Type& value = *m->type->element;
    return value.kind == check::TypeKind::integer && !value.is_signed ? m : nullptr;
}

/// The state a check can bound and a function raise: a plain unsigned state variable
/// (`sold`), or the caller's entry of a mapping (callers_entry); null otherwise. Two terms
/// are the same state when they return the same variable.
const check::VariableInfo* bounded_state(const check::SemanticModel& model,
                                         const ast::Expression& e) {
    if (const check::VariableInfo* v = raisable_variable(model, e)) return v;
    return callers_entry(model, e);
}

/// A limit the monitor can read between transactions: a compile-time constant or a state
/// variable (a `constant`, or storage the owner may set).
bool readable_limit(const check::SemanticModel& model, const ast::Expression& e) {
    const check::ExprInfo* info = model.expr(astutil::id_of(strip(e)));
    if (info && info->constant) return true;
    const check::VariableInfo* v = variable_of(model, e);
    return v && v->var_kind == check::VarKind::state && !v->immutable;
}

/// `a op b` read as `sum <= limit` when `holds` is what must be true to go on.
std::optional<Check> as_upper_bound(const ast::Binary& b, bool holds) {
    ast::BinaryOp op = b.op;
    if (!holds) { // the condition of a revert: the negation must hold
        switch (op) {
        case ast::BinaryOp::gt:
            op = ast::BinaryOp::le;
            break;
        case ast::BinaryOp::ge:
            op = ast::BinaryOp::lt;
            break;
        case ast::BinaryOp::lt:
            op = ast::BinaryOp::ge;
            break;
        case ast::BinaryOp::le:
            op = ast::BinaryOp::gt;
            break;
        default:
            return std::nullopt;
        }
    }
    switch (op) {
    case ast::BinaryOp::le:
        return Check{&b.lhs, &b.rhs, false};
    case ast::BinaryOp::lt:
        return Check{&b.lhs, &b.rhs, true};
    case ast::BinaryOp::ge:
        return Check{&b.rhs, &b.lhs, false};
    case ast::BinaryOp::gt:
        return Check{&b.rhs, &b.lhs, true};
    default:
        return std::nullopt;
    }
}

/// The upper bound a top-level statement checks: `require(sum <= limit, ...)` or
/// `if (sum > limit) revert ...;` (and their mirrored and strict forms).
std::optional<Check> checked_bound(const check::SemanticModel& model, const ast::Statement& s) {
    if (const auto* e = boost::get<ast::ExpressionStatement>(&s.get())) {
        const auto* c = as<ast::Call>(e->expression);
        const check::ExprInfo* i = c ? model.expr(c->id) : nullptr;
        if (!i || i->call.builtin != check::Builtin::require || c->arguments.empty())
            return std::nullopt;
        const auto* b = as<ast::Binary>(strip(c->arguments.front()));
        return b ? as_upper_bound(*b, true) : std::nullopt;
    }
    if (const auto* f = boost::get<ast::x3::forward_ast<ast::IfStatement>>(&s.get())) {
        const ast::IfStatement& n = f->get();
        const auto* b = as<ast::Binary>(strip(n.condition));
        if (!b || n.else_branch || !astutil::is_revert_statement(model, n.then_branch))
            return std::nullopt;
        return as_upper_bound(*b, false);
    }
    return std::nullopt;
}

/// The state variable a top-level statement raises: `v += e` or `v = v + e`.
const check::VariableInfo* raised_variable(const check::SemanticModel& model,
                                           const ast::Statement& s) {
    const auto* e = boost::get<ast::ExpressionStatement>(&s.get());
    const auto* a = e ? as<ast::Assignment>(e->expression) : nullptr;
    if (!a) return nullptr;
    const check::VariableInfo* v = bounded_state(model, a->lhs);
    if (!v) return nullptr;
    if (a->op == ast::AssignOp::add) return v;
    const auto* sum = as<ast::Binary>(strip(a->rhs));
    if (a->op != ast::AssignOp::assign || !sum || sum->op != ast::BinaryOp::add) return nullptr;
    return bounded_state(model, sum->lhs) == v || bounded_state(model, sum->rhs) == v ? v : nullptr;
}

/// The operand of `sum` (`sold + n`, `purchased[msg.sender] + n`) that is bounded state.
const ast::Expression* raised_operand(const check::SemanticModel& model,
                                      const ast::Expression& sum) {
    const auto* b = as<ast::Binary>(strip(sum));
    if (!b || b->op != ast::BinaryOp::add) return nullptr;
    if (bounded_state(model, b->lhs)) return &b->lhs;
    if (bounded_state(model, b->rhs)) return &b->rhs;
    return nullptr;
}

std::string describe(const Program& p, const Target& t, const check::FunctionInfo& f,
                     const GuardBound& g, lang::Span at) {
    const lang::SourceFile& file = p.sources().file(at.file);
    return fmt::format("{} {} {} (checked by {}.{} at line {})",
                       p.sources().text(astutil::span_of(*g.variable)),
                       g.strict ? "<" : "<=", p.sources().text(astutil::span_of(*g.limit)),
                       t.name(), f.name, file.line_col(at.begin).line);
}

/// The bounds one function checks and then raises, appended to `out` unless already there.
void bounds_of(const Program& p, std::size_t ti, const check::FunctionInfo& f,
               std::vector<GuardBound>& out) {
    const check::SemanticModel& model = p.model();
    const std::vector<ast::Statement>& body = f.ast->body->statements;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const std::optional<Check> c = checked_bound(model, body[i]);
        const ast::Expression* operand = c ? raised_operand(model, *c->sum) : nullptr;
        if (!operand || !readable_limit(model, *c->limit)) continue;
        const check::VariableInfo* v = bounded_state(model, *operand);
        const bool raised =
            std::any_of(body.begin() + static_cast<std::ptrdiff_t>(i) + 1, body.end(),
                        [&](const ast::Statement& s) { return raised_variable(model, s) == v; });
        const bool known = std::any_of(out.begin(), out.end(), [&](const GuardBound& g) {
            return g.target == ti && bounded_state(model, *g.variable) == v &&
                   p.sources().text(astutil::span_of(*g.limit)) ==
                       p.sources().text(astutil::span_of(*c->limit));
        });
        if (!raised || known) continue;
        GuardBound g{ti, operand, c->limit, c->strict, {}};
        g.text = describe(p, p.targets()[ti], f, g, astutil::span_of(*c->sum));
        out.push_back(std::move(g));
    }
}

} // namespace

std::vector<GuardBound> find_guard_bounds(const Program& program) {
    std::vector<GuardBound> out;
    for (const auto& [t, f] : mutators(program))
        if (t->selected && f->ast && f->ast->body)
            bounds_of(program, static_cast<std::size_t>(t - program.targets().data()), *f, out);
    return out;
}

std::uint64_t broken_bounds(const Program& program, const std::vector<GuardBound>& bounds,
                            const Accounts& accounts, vm::State& state) {
    std::uint64_t out = 0;
    for (std::size_t i = 0; i < bounds.size() && i < 64; ++i) {
        const GuardBound& g = bounds[i];
        EvalContext ctx;
        ctx.state = &state;
        ctx.target = &program.targets()[g.target];
        ctx.model = &program.model();
        ctx.self = accounts.contracts[g.target].second;
        const std::optional<vm::U256> limit = evaluate(*g.limit, ctx);
        if (!limit) continue;
        const auto broken = [&] {
            const std::optional<vm::U256> v = evaluate(*g.variable, ctx);
            return v && (g.strict ? *limit <= *v : *limit < *v);
        };
        // A cap per account holds for each account the system knows.
        bool any = false;
        if (callers_entry(program.model(), *g.variable))
            for (const vm::Address& a : accounts.known) {
                ctx.sender = a;
                any = any || broken();
            }
        else
            any = broken();
        if (any) out |= std::uint64_t{1} << i;
    }
    return out;
}

} // namespace mallory::analyzer
