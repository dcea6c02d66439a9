#pragma once
/// Small helpers over the AST variants used by the grammar's semantic actions, the post-passes
/// and the printer: the span of any expression/type/statement, and `get_if` over forward_ast.

#include "lang/ast.hpp"

#include <boost/variant/apply_visitor.hpp>
#include <type_traits>

namespace mallory::lang::ast {

template <typename T> const T& unwrap(const T& node) {
    return node;
}
template <typename T> T& unwrap(T& node) {
    return node;
}
template <typename T> const T& unwrap(const x3::forward_ast<T>& node) {
    return node.get();
}
template <typename T> T& unwrap(x3::forward_ast<T>& node) {
    return node.get();
}

/// The span of the node held by any AST variant.
template <typename Variant> Span span_of(const Variant& v) {
    return boost::apply_visitor([](const auto& n) { return unwrap(n).span; }, v.get());
}

/// A pointer to the node of type T held by `v`, or nullptr (sees through forward_ast).
template <typename T, typename Variant> const T* get_if(const Variant& v) {
    return boost::apply_visitor(
        [](const auto& n) -> const T* {
            if constexpr (std::is_same_v<std::decay_t<decltype(unwrap(n))>, T>)
                return &unwrap(n);
            else
                return nullptr;
        },
        v.get());
}
template <typename T, typename Variant> T* get_if(Variant& v) {
    return boost::apply_visitor(
        [](auto& n) -> T* {
            if constexpr (std::is_same_v<std::decay_t<decltype(unwrap(n))>, T>)
                return &unwrap(n);
            else
                return nullptr;
        },
        v.get());
}

/// Mutable access to the ExprNode base of any expression (for ids and spans).
inline ExprNode& expr_node(Expression& e) {
    return boost::apply_visitor([](auto& n) -> ExprNode& { return unwrap(n); }, e.get());
}
inline const ExprNode& expr_node(const Expression& e) {
    return boost::apply_visitor([](const auto& n) -> const ExprNode& { return unwrap(n); },
                                e.get());
}

/// `e` without enclosing parentheses: `((x.f))` is `x.f` (a one-element TupleExpr is a
/// parenthesised expression).
inline const Expression& unparenthesized(const Expression& e) {
    const Expression* at = &e;
    while (const auto* t = get_if<TupleExpr>(*at)) {
        if (t->elements.size() != 1 || !t->elements[0]) break;
        at = &*t->elements[0];
    }
    return *at;
}

} // namespace mallory::lang::ast
