// Index range access `x[a:b]` (solc's IndexRangeAccess): slices of dynamic calldata arrays.
#include "lang/check/checker_impl.hpp"

namespace mallory::lang::check {

namespace {

/// Whether the ABI encodes `t` with an offset (solc's isDynamicallyEncoded): a slice of an
/// array of such elements would need per-element offsets, which solc does not support.
bool dynamically_encoded(const Type& t) {
    if (t.kind == TypeKind::bytes || t.kind == TypeKind::string) return true;
    if (t.kind == TypeKind::array)
        return !t.length || (t.element && dynamically_encoded(*t.element));
    if (t.kind == TypeKind::struct_ && t.struct_info)
        for (const auto& f : t.struct_info->fields)
            if (f.type && dynamically_encoded(*f.type)) return true;
    return false;
}

bool sliceable_kind(const Type& t) {
    return !t.user_value &&
           (t.kind == TypeKind::array || t.kind == TypeKind::bytes || t.kind == TypeKind::string);
}

} // namespace

// solc's rules and messages (TypeChecker::visit(IndexRangeAccess)): only a dynamic calldata
// array, `bytes` or `string` (or a slice of one) is sliced, its elements statically encoded;
// the bounds convert to uint256.
TypePtr Checker::check_index_range(const ast::IndexRangeAccess& r) {
    TypePtr base = check_expr(r.object);
    if (r.start) expect(*r.start, uint_type(), "start of the index range");
    if (r.end) expect(*r.end, uint_type(), "end of the index range");
    if (is_error(base)) return set_type(r.id, error_type());
    if (base->kind == TypeKind::type) { // solc 1760
        error(DiagCode::IndexRule, r.span, "Types cannot be sliced.");
        return set_type(r.id, error_type());
    }
    if (!sliceable_kind(*base)) { // solc 4781
        error(DiagCode::IndexRule, r.span,
              "Index range access is only possible for arrays and array slices.");
        return set_type(r.id, error_type());
    }
    if (base->location != Location::calldata || base->length) { // solc 1227
        error(DiagCode::IndexRule, r.span,
              "Index range access is only supported for dynamic calldata arrays.")
            .hint = "slice a calldata parameter or msg.data, or copy the elements in a loop";
        return set_type(r.id, error_type());
    }
    if (base->kind == TypeKind::array && base->element && dynamically_encoded(*base->element)) {
        error(DiagCode::IndexRule, r.span, // solc 2148
              "Index range access is not supported for arrays with dynamically encoded base "
              "types.");
        return set_type(r.id, error_type());
    }
    return set_type(r.id, slice_of(base));
}

} // namespace mallory::lang::check
