#include "analyzer/delegatecall_check.hpp"

#include "analyzer/ast_util.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/world.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <optional>
#include <set>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using astutil::as;
using astutil::is_msg_sender;
using astutil::strip;
using Var = const check::VariableInfo*;
/// Why a value is not fixed to trusted code; nullopt when it is.
using Verdict = std::optional<std::string>;

/// Calls `fn` for every assignment expression statement in `s` (blocks and branches too).
void assignments(const ast::Statement& s, const std::function<void(const ast::Assignment&)>& fn) {
    astutil::visit(s, [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::ExpressionStatement>) {
            if (const auto* a = as<ast::Assignment>(strip(n.expression))) fn(*a);
        } else if constexpr (std::is_same_v<T, ast::Block>) {
            for (const ast::Statement& x : n.statements)
                assignments(x, fn);
        } else if constexpr (std::is_same_v<T, ast::IfStatement>) {
            assignments(n.then_branch, fn);
            if (n.else_branch) assignments(*n.else_branch, fn);
        }
    });
}

/// Decides whether the values that can reach a delegatecall are fixed to trusted code, for
/// one target (the rules are in the header).
class TrustOf {
public:
    TrustOf(const Program& p, const Facts& facts, std::size_t target)
        : m_p(p), m_facts(facts), m_t(p.targets()[target]), m_accounts(Accounts::make(p)),
          m_ctor_args(choose_ctor_args(m_t, m_accounts, p)) {}

    /// The receiver of a delegatecall in entry point `f`.
    Verdict receiver(const ast::Expression& raw, const check::FunctionInfo& f) {
        const ast::Expression& e = strip(raw);
        if (auto v = common(e)) return *v;
        const Var var = variable(e);
        if (!var)
            return fmt::format("its target `{}` is computed by an expression the check "
                               "cannot fix to system code",
                               text(e));
        if (var->var_kind == check::VarKind::state) return state(var);
        if (var->var_kind == check::VarKind::parameter && var->owner == &f)
            return fmt::format("its target is the parameter `{}` of {}: every caller chooses the "
                               "code that runs with this contract's storage",
                               var->name, f.name);
        return fmt::format("its target is the local `{}`, whose value the check does not trace "
                           "to system code",
                           var->name);
    }

private:
    /// Verdicts that do not depend on where the expression is: `this`, created contracts,
    /// constants, conversions, `msg.sender`. nullopt: not one of those.
    std::optional<Verdict> common(const ast::Expression& e) {
        if (const auto* id = as<ast::Identifier>(e); id && id->name == "this") return Verdict{};
        if (is_msg_sender(m_p.model(), e))
            return Verdict{"its target is msg.sender: the caller's own code runs with this "
                           "contract's storage"};
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(e));
        if (!info) return std::nullopt;
        if (info->constant) return literal(*info->constant);
        if (const auto* c = as<ast::Call>(e)) {
            if (info->call.kind == check::CallKind::creation) return Verdict{};
            if (info->call.kind == check::CallKind::conversion && c->arguments.size() == 1) {
                const ast::Expression& inner = strip(c->arguments[0]);
                if (auto v = common(inner)) return v;
                if (const Var var = variable(inner); var && var->var_kind == check::VarKind::state)
                    return state(var);
            }
        }
        return std::nullopt;
    }

    Verdict literal(const check::Rational& r) {
        const auto w = rational_word(r);
        if (!w) return "its target is not an address";
        const vm::Address a = vm::Address::from_word(*w);
        if (!m_accounts.adversary_controls(a)) return Verdict{};
        return fmt::format("its target {} holds no contract of the system and nobody vouched "
                           "for it (--trust {})",
                           vm::to_hex(a), vm::to_hex(a));
    }

    Var variable(const ast::Expression& e) const {
        const check::ExprInfo* info = m_p.model().expr(astutil::id_of(e));
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return nullptr;
        return static_cast<Var>(info->decl);
    }

    /// A state variable: every assignment to it must be trusted.
    Verdict state(Var v) {
        if (v->constant) {
            if (v->constant_value) return literal(*v->constant_value);
            return fmt::format("its target is the constant `{}`, whose value is not known",
                               v->name);
        }
        if (!m_visiting.insert(v).second) return Verdict{}; // its other sources decide
        Verdict out = setters(v);
        if (!out) out = constructed(v);
        m_visiting.erase(v);
        return out;
    }

    /// Functions that write `v` after deployment: each must be owner-guarded.
    Verdict setters(Var v) {
        for (const FunctionFacts& g : m_facts.functions()) {
            if (g.target != &m_t) continue;
            const bool writes =
                std::any_of(g.effects.begin(), g.effects.end(),
                            [&](const Effect& e) { return e.kind == Effect::write && e.var == v; });
            if (writes && !owner_guarded(*g.function))
                return fmt::format("its target `{}` can be set by anyone through {} (no check of "
                                   "msg.sender against a trusted owner)",
                                   v->name, g.function->name);
        }
        return std::nullopt;
    }

    /// The constructors' (and the declaration's) assignments to `v`.
    Verdict constructed(Var v) {
        Verdict out;
        if (v->ast_state && v->ast_state->initial_value)
            out = value(*v->ast_state->initial_value, nullptr);
        for (const check::ContractInfo* c : m_t.info->linearization)
            for (const check::FunctionInfo* f : c->functions) {
                if (out || f->function_kind != ast::FunctionKind::constructor || !f->ast ||
                    !f->ast->body)
                    continue;
                for (const ast::Statement& s : f->ast->body->statements)
                    assignments(s, [&](const ast::Assignment& a) {
                        if (!out && variable(strip(a.lhs)) == v) out = value(a.rhs, f);
                    });
            }
        return out;
    }

    /// A value assigned in constructor `ctor` (null: a declaration's initializer).
    Verdict value(const ast::Expression& raw, const check::FunctionInfo* ctor) {
        const ast::Expression& e = strip(raw);
        if (is_msg_sender(m_p.model(), e)) return Verdict{}; // the deployer
        if (auto v = common(e)) return *v;
        const Var var = variable(e);
        if (var && var->var_kind == check::VarKind::state) return state(var);
        if (var && ctor && var->var_kind == check::VarKind::parameter && var->owner == ctor)
            return parameter(*var, *ctor);
        return fmt::format("its target is set from `{}`, which the check cannot fix to system "
                           "code",
                           text(e));
    }

    /// A constructor parameter: trusted when the user gave it, vouched for it, or the system
    /// fills it (the explorer's choice is not an untrusted stand-in).
    Verdict parameter(const check::VariableInfo& p, const check::FunctionInfo& ctor) {
        const auto& ps = ctor.parameters;
        const auto at = std::find(ps.begin(), ps.end(), &p) - ps.begin();
        if (&ctor == m_t.info->constructor && static_cast<std::size_t>(at) < m_ctor_args.size() &&
            !m_accounts.adversary_controls(
                vm::Address::from_word(m_ctor_args[static_cast<std::size_t>(at)])))
            return Verdict{};
        return fmt::format("its target comes from the constructor argument `{}`, which nobody "
                           "vouched for (pass it with --args or --trust {})",
                           p.name, p.name);
    }

    /// A require/if-revert at the entry of `g` (its modifiers or its body) that compares
    /// msg.sender with a trusted owner.
    bool owner_guarded(const check::FunctionInfo& g) {
        std::vector<const ast::Block*> bodies;
        for (const check::ModifierUse& u : g.modifiers)
            if (const check::ModifierInfo* m =
                    u.modifier ? m_t.info->resolve_modifier(u.modifier) : nullptr;
                m && m->ast && m->ast->body)
                bodies.push_back(&*m->ast->body);
        if (g.ast && g.ast->body) bodies.push_back(&*g.ast->body);
        for (const ast::Block* b : bodies)
            for (const ast::Statement& s : b->statements)
                if (checks_owner(s)) return true;
        return false;
    }

    bool checks_owner(const ast::Statement& s) {
        const ast::Expression* cond = nullptr;
        bool negated = false;
        astutil::visit(s, [&](const auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, ast::ExpressionStatement>) {
                const auto* c = as<ast::Call>(strip(n.expression));
                const check::ExprInfo* i = c ? m_p.model().expr(c->id) : nullptr;
                if (i && i->call.builtin == check::Builtin::require && !c->arguments.empty())
                    cond = &c->arguments[0];
            } else if constexpr (std::is_same_v<T, ast::IfStatement>) {
                if (!n.else_branch) {
                    cond = &n.condition;
                    negated = true;
                }
            }
        });
        return cond && sender_compared(*cond, negated);
    }

    /// `msg.sender == owner` (`!=` when the condition reverts), possibly a conjunct.
    bool sender_compared(const ast::Expression& raw, bool negated) {
        const auto* b = as<ast::Binary>(strip(raw));
        if (!b) return false;
        const auto join = negated ? ast::BinaryOp::logical_or : ast::BinaryOp::logical_and;
        if (b->op == join)
            return sender_compared(b->lhs, negated) || sender_compared(b->rhs, negated);
        if (b->op != (negated ? ast::BinaryOp::ne : ast::BinaryOp::eq)) return false;
        const ast::Expression* other = is_msg_sender(m_p.model(), b->lhs)   ? &b->rhs
                                       : is_msg_sender(m_p.model(), b->rhs) ? &b->lhs
                                                                            : nullptr;
        if (!other) return false;
        const Var owner = variable(strip(*other));
        return owner && owner->var_kind == check::VarKind::state && !state(owner);
    }

    std::string text(const ast::Expression& e) const {
        const lang::Span s = astutil::span_of(e);
        if (s.file >= m_p.sources().size()) return "?";
        const std::string& src = m_p.sources().file(s.file).text();
        return std::string(src.substr(s.begin, s.end - s.begin));
    }

    const Program& m_p;
    const Facts& m_facts;
    const Target& m_t;
    Accounts m_accounts;
    std::vector<vm::U256> m_ctor_args;
    std::set<Var> m_visiting;
};

} // namespace

std::vector<DelegatecallFinding> untrusted_delegatecalls(const Program& program) {
    const Facts facts(program);
    std::vector<DelegatecallFinding> out;
    std::set<std::pair<std::size_t, std::pair<std::uint32_t, std::uint32_t>>> seen;
    for (std::size_t ti = 0; ti < program.targets().size(); ++ti) {
        const Target& t = program.targets()[ti];
        if (!t.selected) continue;
        TrustOf trust(program, facts, ti);
        for (const FunctionFacts& f : facts.functions()) {
            if (f.target != &t) continue;
            for (const Effect& e : f.effects) {
                if (e.kind != Effect::call || e.call_kind != CallSiteKind::delegate_call ||
                    !e.receiver)
                    continue;
                // One finding per call site: the first entry point that reaches it untrusted.
                Verdict why = trust.receiver(*e.receiver, *f.function);
                if (why && seen.insert({ti, {e.span.file, e.span.begin}}).second)
                    out.push_back({ti, f.function, e.span, *why});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(a.call.file, a.call.begin, a.target) <
               std::make_tuple(b.call.file, b.call.begin, b.target);
    });
    return out;
}

} // namespace mallory::analyzer
