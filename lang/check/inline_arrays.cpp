// Inline arrays `[a, b, c]`: solc's TypeChecker::visit(TupleExpression) for inline arrays.
// The type is `T[N] memory`, T the elements' common type (solc's Type::commonType, seeded with
// the first element's mobile type), with solc's errors in solc's order.
#include "lang/check/checker_impl.hpp"

namespace mallory::lang::check {

namespace {

/// solc's mobileType(): the type a value takes when nothing else decides (a literal's smallest
/// integer, `string memory` for a string literal, a pointer for a storage reference), nullptr
/// for what cannot be stored: types, `msg`, modifiers, events, errors, built-in functions.
TypePtr mobile_of(const TypePtr& t) {
    switch (t->kind) {
    case TypeKind::rational:
        return mobile_type(*t);
    case TypeKind::string_literal:
        return string_type(Location::memory);
    case TypeKind::type:
    case TypeKind::magic:
    case TypeKind::modifier:
    case TypeKind::event:
    case TypeKind::error_def:
    case TypeKind::module:
        return nullptr;
    case TypeKind::function: {
        if (t->call_kind != CallKind::internal && t->call_kind != CallKind::external)
            return nullptr;
        // A named internal function (`[add, mul]`) is a value of its function type, which
        // any other function of the same signature converts to.
        if (t->call_kind != CallKind::internal || !t->function) return t;
        Type value = *t;
        value.function = nullptr;
        value.text.clear();
        return function_convertible(*t, value) ? std::make_shared<const Type>(std::move(value))
                                               : nullptr;
    }
    case TypeKind::tuple: {
        std::vector<TypePtr> components;
        for (const auto& c : t->components) {
            TypePtr m = c ? mobile_of(c) : nullptr;
            if (!m) return nullptr;
            components.push_back(m);
        }
        return tuple_type(std::move(components));
    }
    default:
        return t;
    }
}

/// solc's Type::commonType(a, b) with `a` already mobile: the type both convert to, or nullptr.
TypePtr common_type(const TypePtr& a, const TypePtr& b) {
    if (implicitly_convertible(*b, *a)) return a;
    TypePtr mb = mobile_of(b);
    if (mb && implicitly_convertible(*a, *mb)) return mb;
    return nullptr;
}

} // namespace

TypePtr Checker::check_inline_array(const ast::InlineArray& a) {
    constexpr std::string_view no_common = "Unable to deduce common type for array elements.";
    if (a.elements.empty()) { // solc 6378: `[]` has no element to take a type from
        error(DiagCode::InlineArrayType, a.span, std::string(no_common));
        return set_type(a.id, error_type());
    }
    TypePtr common;
    bool lost = false; // no common type any more: solc stops looking for invalid mobile types
    bool bad = false;
    for (std::size_t i = 0; i < a.elements.size(); ++i) {
        TypePtr t = check_expr(a.elements[i]);
        if (is_error(t)) {
            bad = true;
            continue;
        }
        if (t->kind == TypeKind::tuple && t->components.empty()) {
            error(DiagCode::ExpressionNoValue, span_of(a.elements[i]),
                  "this expression has no value");
            bad = true;
            continue;
        }
        if (bad || lost) continue;
        TypePtr mobile = mobile_of(t);
        if (!mobile) { // solc 9563
            error(DiagCode::InlineArrayType, span_of(a.elements[i]), "Invalid mobile type.");
            return set_type(a.id, error_type());
        }
        common = i == 0 ? mobile : common_type(common, t);
        lost = !common;
    }
    if (bad) return set_type(a.id, error_type());
    if (lost) { // solc 6378
        error(DiagCode::InlineArrayType, a.span, std::string(no_common));
        return set_type(a.id, error_type());
    }
    if (common->kind == TypeKind::tuple) { // solc 9656
        error(DiagCode::InlineArrayType, a.span,
              "Unable to deduce nameable type for array elements. Try adding explicit type "
              "conversion for the first element.");
        return set_type(a.id, error_type());
    }
    if (contains_mapping(*common)) { // solc 1545
        error(DiagCode::InlineArrayType, a.span,
              fmt::format("Type {} is only valid in storage.", to_string(*common)));
        return set_type(a.id, error_type());
    }
    Type array;
    array.kind = TypeKind::array;
    array.location = Location::memory;
    array.element = with_location(common, Location::memory); // storage elements are copied
    array.length = a.elements.size();
    return set_type(a.id, std::make_shared<const Type>(std::move(array)));
}

} // namespace mallory::lang::check
