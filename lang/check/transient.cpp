// Transient state variables (EIP-1153): solc 0.8.28's rules for the `transient` data location.
#include "lang/check/checker_impl.hpp"

namespace mallory::lang::check {

void Checker::check_transient_variable(const VariableInfo& v) {
    const ast::StateVariableDeclaration& sv = *v.ast_state;
    if (sv.constant || sv.immutable)
        error(DiagCode::TransientRule, sv.span,
              fmt::format("'{}': transient cannot be used as data location for constant or "
                          "immutable variables",
                          v.name));
    // solc runs no code for transient variables at deployment: the value would be gone at the
    // end of the creation transaction anyway.
    if (sv.initial_value)
        error(DiagCode::TransientRule, sv.span,
              fmt::format("'{}': initialization of transient storage state variables is not "
                          "supported",
                          v.name))
            .hint = "assign it in a function; it is zero at the start of every transaction";
    if (v.type && !is_error(v.type) && !is_value_type(*v.type))
        error(DiagCode::TransientRule, sv.span,
              fmt::format("'{}': transient data location is only supported for value types, not "
                          "{}",
                          v.name, to_string(*v.type)));
}

} // namespace mallory::lang::check
