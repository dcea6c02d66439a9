// Function types (LANGUAGE.md §3): `function (uint) internal pure returns (uint)` as a type
// name, and solc's rules on where values of internal function types may go.
#include "lang/check/checker_impl.hpp"

namespace mallory::lang::check {

namespace {

/// Whether `t` holds an internal function value at any depth (arrays, struct fields): such a
/// value is a code position of this contract and means nothing outside it (solc 4103, 6744).
bool holds_internal_function(const Type& t, std::vector<const StructInfo*>& seen) {
    if (t.kind == TypeKind::function) return t.call_kind == CallKind::internal;
    if ((t.kind == TypeKind::array || t.kind == TypeKind::mapping) && t.element)
        return holds_internal_function(*t.element, seen);
    if (t.kind == TypeKind::struct_ && t.struct_info) {
        if (std::find(seen.begin(), seen.end(), t.struct_info) != seen.end()) return false;
        seen.push_back(t.struct_info);
        for (const auto& f : t.struct_info->fields)
            if (f.type && holds_internal_function(*f.type, seen)) return true;
    }
    return false;
}

} // namespace

bool contains_internal_function(const Type& t) {
    std::vector<const StructInfo*> seen;
    return holds_internal_function(t, seen);
}

bool Checker::fits_external_function_type(const TypePtr& t, Span span) {
    if (contains_internal_function(*t)) { // solc 2582
        error(DiagCode::VisibilityRule, span,
              "Internal type cannot be used for external function type.");
        return false;
    }
    if (is_reference_type(*t) && t->location == Location::storage) { // solc 6651
        error(DiagCode::DataLocationInvalid, span,
              "Data location must be \"memory\" or \"calldata\" for parameter in function, but "
              "\"storage\" was given.");
        return false;
    }
    return true;
}

TypePtr Checker::resolve_function_type(const ast::FunctionTypeName& f, const ContractInfo* contract,
                                       FileId file) {
    const bool external = f.visibility == ast::Visibility::external;
    bool ok = true;
    if (!external && f.mutability == ast::Mutability::payable) { // solc 7415
        error(DiagCode::PayableRule, f.span, "Only external function types can be payable.");
        ok = false;
    }
    Type t;
    t.kind = TypeKind::function;
    t.call_kind = external ? CallKind::external : CallKind::internal;
    t.mutability = f.mutability;
    for (const ast::VariableDeclaration& p : f.parameters) {
        TypePtr pt = resolve_param_type(p, contract, file, false, false, false);
        ok = ok && !is_error(pt) && (!external || fits_external_function_type(pt, p.span));
        t.components.push_back(pt);
    }
    for (const ast::VariableDeclaration& r : f.returns) {
        if (!r.name.empty()) { // solc 7304
            error(DiagCode::NotInSubset, r.name_span,
                  "Return parameters in function types may not be named.");
            ok = false;
        }
        TypePtr rt = resolve_param_type(r, contract, file, false, false, false);
        ok = ok && !is_error(rt) && (!external || fits_external_function_type(rt, r.span));
        t.returns.push_back(rt);
    }
    if (!ok) return error_type();
    return std::make_shared<const Type>(std::move(t));
}

TypePtr external_function_value(const Type& f) {
    if (f.kind != TypeKind::function || f.call_kind != CallKind::external || !f.function ||
        f.function->getter_of || f.text == "typename")
        return nullptr;
    Type t;
    t.kind = TypeKind::function;
    t.call_kind = CallKind::external;
    t.mutability = f.mutability;
    // As solc's: the arguments of `this.g` for `g(string calldata)` are encoded from memory.
    for (const TypePtr& p : f.components)
        t.components.push_back(p && is_reference_type(*p) ? with_location(p, Location::memory) : p);
    t.returns = f.returns;
    return std::make_shared<const Type>(std::move(t));
}

bool same_base_signature(const FunctionInfo& a, const FunctionInfo& b) {
    if (a.parameter_types.size() != b.parameter_types.size()) return false;
    for (std::size_t i = 0; i < a.parameter_types.size(); ++i)
        if (!a.parameter_types[i] || !b.parameter_types[i] ||
            !same_base_type(*a.parameter_types[i], *b.parameter_types[i]))
            return false;
    return true;
}

TypePtr internal_function_value(const Type& f) {
    if (f.kind != TypeKind::function || f.call_kind != CallKind::internal || !f.function)
        return nullptr;
    Type t;
    t.kind = TypeKind::function;
    t.call_kind = CallKind::internal;
    t.mutability = f.mutability;
    t.components = f.components;
    t.returns = f.returns;
    if (!function_convertible(f, t)) return nullptr;
    return std::make_shared<const Type>(std::move(t));
}

bool is_external_function_value(const Type& t) {
    return is_function_value(t) && t.call_kind == CallKind::external;
}

TypePtr external_function_member(const Type& f, const std::string& member) {
    if (f.kind != TypeKind::function || f.call_kind != CallKind::external) return nullptr;
    if (member == "address") return address_type();
    // A named function's selector is a constant, typed by the caller; a value's is read.
    if (member == "selector" && is_external_function_value(f)) return fixed_bytes_type(4);
    return nullptr;
}

void Checker::reject_internal_function_in_abi(const TypePtr& t, Span span) {
    if (t && !is_error(t) && contains_internal_function(*t)) // solc 4103
        error(DiagCode::VisibilityRule, span,
              "Internal type is not allowed for public or external functions.");
}

} // namespace mallory::lang::check
