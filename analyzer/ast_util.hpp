#pragma once
/// Small helpers over the AST's x3 variants, shared by the analyzer's walkers.

#include "lang/ast.hpp"
#include "lang/check/model.hpp"

#include <boost/variant/apply_visitor.hpp>
#include <boost/variant/get.hpp>
#include <string>
#include <string_view>
#include <type_traits>

namespace mallory::analyzer::astutil {

namespace ast = lang::ast;

template <typename T> const T& unwrap(const T& t) {
    return t;
}
template <typename T> const T& unwrap(const ast::x3::forward_ast<T>& t) {
    return t.get();
}

/// Calls `f` with the concrete node of an expression (forward_ast unwrapped).
template <typename F> decltype(auto) visit(const ast::Expression& e, F&& f) {
    return boost::apply_visitor([&](const auto& n) -> decltype(auto) { return f(unwrap(n)); },
                                e.get());
}

/// Calls `f` with the concrete node of a statement.
template <typename F> decltype(auto) visit(const ast::Statement& s, F&& f) {
    return boost::apply_visitor([&](const auto& n) -> decltype(auto) { return f(unwrap(n)); },
                                s.get());
}

/// The node of type T inside an expression, or nullptr.
template <typename T> const T* as(const ast::Expression& e) {
    return visit(e, [](const auto& n) -> const T* {
        if constexpr (std::is_same_v<std::decay_t<decltype(n)>, T>)
            return &n;
        else
            return nullptr;
    });
}

inline lang::Span span_of(const ast::Expression& e) {
    return visit(e, [](const auto& n) { return n.span; });
}
inline ast::NodeId id_of(const ast::Expression& e) {
    return visit(e, [](const auto& n) { return n.id; });
}
inline lang::Span span_of(const ast::Statement& s) {
    return visit(s, [](const auto& n) { return n.span; });
}

/// Strips parentheses `(e)`.
inline const ast::Expression& strip(const ast::Expression& e) {
    if (const auto* t = as<ast::TupleExpr>(e); t && t->elements.size() == 1 && t->elements[0])
        return strip(*t->elements[0]);
    return e;
}

/// The magic member (`msg.sender`, `block.timestamp`, ...) an expression names, parentheses
/// stripped, as the checker resolved it; Magic::none for every other expression.
inline lang::Magic magic_of(const lang::check::SemanticModel& model, const ast::Expression& raw) {
    const auto* m = as<ast::MemberAccess>(strip(raw));
    const lang::check::ExprInfo* info = m ? model.expr(m->id) : nullptr;
    return info ? info->magic : lang::Magic::none;
}

/// `msg.sender` (parentheses stripped).
inline bool is_msg_sender(const lang::check::SemanticModel& model, const ast::Expression& raw) {
    return magic_of(model, raw) == lang::Magic::msg_sender;
}

/// Whether the whole body of `f` is `return msg.sender;` (OpenZeppelin's `Context._msgSender`).
inline bool returns_msg_sender(const lang::check::SemanticModel& model,
                               const lang::check::FunctionInfo& f) {
    if (!f.ast || !f.ast->body || f.ast->body->statements.size() != 1) return false;
    return visit(f.ast->body->statements.front(), [&](const auto& n) {
        if constexpr (std::is_same_v<std::decay_t<decltype(n)>, ast::ReturnStatement>)
            return n.value && is_msg_sender(model, *n.value);
        else
            return false;
    });
}

/// The caller: `msg.sender`, or a call without arguments of an internal function that only
/// returns it (`_msgSender()`, as `contract` resolves an override), parentheses stripped.
inline bool is_caller(const lang::check::SemanticModel& model,
                      const lang::check::ContractInfo& contract, const ast::Expression& raw) {
    if (is_msg_sender(model, raw)) return true;
    const auto* call = as<ast::Call>(strip(raw));
    const lang::check::ExprInfo* info = call ? model.expr(call->id) : nullptr;
    if (!info || info->call.kind != lang::check::CallKind::internal || !info->call.function ||
        !call->arguments.empty())
        return false;
    const lang::check::FunctionInfo* f = info->call.function;
    if (info->call.virtual_dispatch) f = contract.resolve_virtual(f);
    return f && returns_msg_sender(model, *f);
}

/// Whether a statement only reverts: `revert E();`, `revert("...")`, or a block of just one.
inline bool is_revert_statement(const lang::check::SemanticModel& model, const ast::Statement& s) {
    return visit(s, [&](const auto& n) {
        using N = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<N, ast::RevertStatement>) {
            return true;
        } else if constexpr (std::is_same_v<N, ast::ExpressionStatement>) {
            const auto* c = as<ast::Call>(n.expression);
            const lang::check::ExprInfo* i = c ? model.expr(c->id) : nullptr;
            return i && i->call.builtin == lang::check::Builtin::revert;
        } else if constexpr (std::is_same_v<N, ast::Block>) {
            return n.statements.size() == 1 && is_revert_statement(model, n.statements.front());
        } else {
            return false;
        }
    });
}

/// A regex matching the identifier `name` literally, for the analyzer's matches on source
/// text (`campaigns[id]`, `ledger = Ledger(a)`): Solidity names may hold `$`, a regex operator.
inline std::string identifier_regex(std::string_view name) {
    std::string out;
    for (const char c : name)
        out += c == '$' ? std::string("\\$") : std::string(1, c);
    return out;
}

} // namespace mallory::analyzer::astutil
