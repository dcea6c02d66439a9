// The bounds and value checks of solc's ABI decoder (ABIFunctions, used by the default pipeline
// with ABI coder v2): data that points outside the calldata or the buffer being decoded, and
// values with dirty high bits, revert with empty data where solc reverts.
#include "lang/compile/codegen.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

/// Does `validate` check anything for a value of this type (is any bit pattern invalid)?
bool needs_validation(const Type& type) {
    const Type& t = check::value_representation(type);
    switch (t.kind) {
    case TypeKind::integer:
        return t.bits != 256;
    case TypeKind::fixed_bytes:
        return t.byte_size != 32;
    case TypeKind::boolean:
    case TypeKind::address:
    case TypeKind::contract:
    case TypeKind::enum_:
        return true;
    default:
        return false;
    }
}

} // namespace

void FunctionCompiler::check_abi_offset(std::uint16_t at, std::uint16_t end) {
    // solc: `if iszero(slt(add(offset, 0x1f), end)) { revert(0, 0) }`
    m_out.lget(at);
    m_out.push(0x1f);
    m_out.op(Op::ADD);
    m_out.lget(end);
    m_out.op(Op::SLT);
    revert_unless();
}

void FunctionCompiler::check_abi_end(std::uint16_t data, std::uint16_t length, std::uint64_t stride,
                                     std::uint16_t end) {
    // solc: `if gt(add(data, mul(length, stride)), end) { revert(0, 0) }`; the length was
    // bounded before, so nothing here wraps.
    m_out.lget(length);
    m_out.push(stride);
    m_out.op(Op::MUL);
    m_out.lget(data);
    m_out.op(Op::ADD);
    m_out.lget(end);
    m_out.op(Op::GT);
    m_out.op(Op::ISZERO);
    revert_unless();
}

void FunctionCompiler::check_memory_dynamic(const Type& t, std::uint16_t start, std::uint16_t end) {
    check_abi_offset(start, end);
    m_out.lget(start);
    m_out.op(Op::MLOAD);
    std::uint16_t length = to_temp();
    m_out.lget(length);
    m_out.push(0xFFFFFFFFull);
    m_out.op(Op::GT);
    m_out.op(Op::ISZERO);
    revert_unless();
    m_out.lget(start);
    m_out.push(32);
    m_out.op(Op::ADD);
    std::uint16_t data = to_temp();
    check_abi_end(data, length, t.kind == TypeKind::array ? 32 : 1, end);
    if (t.kind == TypeKind::array) validate_memory_elements(t, start);
}

void FunctionCompiler::validate_memory_elements(const Type& t, std::uint16_t ptr) {
    if (t.kind == TypeKind::struct_) {
        for (std::size_t i = 0; i < t.struct_info->fields.size(); ++i) {
            const Type& field = *t.struct_info->fields[i].type;
            if (!needs_validation(field)) continue;
            m_out.lget(ptr);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            validate(field);
            m_out.op(Op::POP);
        }
        return;
    }
    if (t.kind != TypeKind::array || !needs_validation(*t.element)) return;
    std::uint16_t data = ptr;
    std::uint16_t length = 0;
    if (t.length) {
        m_out.push(*t.length);
        length = to_temp();
    } else {
        m_out.lget(ptr);
        m_out.op(Op::MLOAD);
        length = to_temp();
        m_out.lget(ptr);
        m_out.push(32);
        m_out.op(Op::ADD);
        data = to_temp();
    }
    counted_loop(length, [&](std::uint16_t i) {
        m_out.lget(i);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.lget(data);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        validate(*t.element);
        m_out.op(Op::POP);
    });
}

} // namespace mallory::lang::codegen
