// External function values: `this.f`, `c.f` taken as values, stored, passed and called through.
//
// A value is one word laid out as solc's `bytes24`, left-aligned: the callee's address in the
// high 20 bytes, then the 4-byte selector, then 8 zero bytes (`address << 96 | selector << 64`).
// That is the ABI encoding of the type, and its storage form is the same 24 bytes packed
// right-aligned as a bytes24 (check::value_representation), so no conversion happens anywhere
// but here. The zero value calls address 0, which has no code: the call reverts (solc's
// extcodesize check, or empty return data for a function with results).
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

constexpr unsigned address_shift = 96;  ///< the address sits above the selector and the padding
constexpr unsigned selector_shift = 64; ///< the selector sits above the 8 bytes of padding
constexpr unsigned selector_to_bytes4 = 160; ///< moves the selector to the high 4 bytes

bool is_external_function(const Type& t) {
    return t.kind == TypeKind::function && t.call_kind == check::CallKind::external &&
           (check::is_external_function_value(t) || t.function);
}

} // namespace

void FunctionCompiler::external_function_reference(const ast::MemberAccess& m,
                                                   const FunctionInfo& f) {
    expression(m.object); // the address of the contract
    span(m.span);
    m_out.push(address_shift);
    m_out.op(Op::SHL);
    m_out.push(vm::shl(vm::U256{f.selector}, selector_shift));
    m_out.op(Op::OR);
}

bool FunctionCompiler::external_function_member(const ast::MemberAccess& m) {
    const TypePtr object = type_of(m.object);
    if (!is_external_function(*object) || (m.member != "address" && m.member != "selector"))
        return false;
    if (object->function && m.member == "selector") return false; // a constant, pushed as such
    if (object->function) { // `c.f.address` is the address of `c`
        const auto* named = ast::get_if<ast::MemberAccess>(ast::unparenthesized(m.object));
        if (!named) unsupported(m.span, "'.address' of this function");
        expression(named->object);
        return true;
    }
    expression(m.object);
    span(m.span);
    m_out.push(m.member == "address" ? address_shift : selector_to_bytes4);
    m_out.op(m.member == "address" ? Op::SHR : Op::SHL);
    return true;
}

int FunctionCompiler::external_value_call(const ast::Call& c, std::optional<Label> on_failure) {
    const TypePtr fn = type_of(c.callee);
    if (!check::is_external_function_value(*fn))
        unsupported(c.span, "an external call without a target");
    expression(c.callee); // solc evaluates the function value before the arguments
    const std::uint16_t value = to_temp();
    m_out.lget(value);
    m_out.push(address_shift);
    m_out.op(Op::SHR);
    const std::uint16_t address = to_temp();
    m_out.lget(value);
    m_out.push(selector_to_bytes4);
    m_out.op(Op::SHL);
    const std::uint16_t selector = to_temp();
    const MessageCall call{fn->components, fn->returns, fn->mutability, address, 0, selector};
    return message_call(c, call, on_failure);
}

} // namespace mallory::lang::codegen
