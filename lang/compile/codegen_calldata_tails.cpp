// solc's lazy checks of calldata elements. An element of a calldata array whose ABI encoding is
// dynamic (`uint[][] calldata`, `bytes[] calldata`, `uint[][2] calldata`, `S[] calldata` of a
// dynamic struct) is reached through an offset that solc checks only when the element is read
// (access_calldata_tail), so a malformed element that nobody reads does not revert. Mallory
// decodes calldata into memory when the function starts; an element whose offset or length
// solc would reject on reading becomes `lazy_element_marker` there instead of reverting, and
// every read of such an element, and every use of the whole value (a copy to memory or storage,
// an ABI encoding), reverts with empty data on the marker, where solc's read reverts.
#include "lang/compile/codegen.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

bool dynamically_sized(const Type& t) {
    return t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
           (t.kind == TypeKind::array && !t.length);
}

} // namespace

bool holds_lazy_elements(const Type& t) {
    if (t.kind == TypeKind::array)
        return abi_is_dynamic(*t.element) || holds_lazy_elements(*t.element);
    if (t.kind == TypeKind::struct_)
        for (const auto& f : t.struct_info->fields)
            if (holds_lazy_elements(*f.type)) return true;
    return false;
}

void FunctionCompiler::calldata_tail_ok(const Type& t, std::uint16_t at, std::uint16_t base,
                                        std::uint16_t end) { // -- ok
    // solc's access_calldata_tail: the offset must leave room for the length word (or the
    // heads of a statically sized value) before the end of the calldata, compared signed.
    m_out.lget(at);
    m_out.op(Op::CALLDATALOAD);
    const std::uint16_t offset = to_temp();
    const std::uint64_t room = dynamically_sized(t) ? 32 : abi_heads_size(t);
    m_out.lget(offset);
    m_out.lget(end);
    m_out.lget(base);
    m_out.op(Op::SUB);
    m_out.push(room - 1);
    m_out.op(Op::SUB);
    m_out.op(Op::SLT);
    if (!dynamically_sized(t)) return;
    // The length fits 64 bits (Mallory, copying the element into memory, asks for 32: a
    // longer one counts as malformed) and the data ends by the end of the calldata (signed,
    // as solc).
    m_out.lget(base);
    m_out.lget(offset);
    m_out.op(Op::ADD);
    m_out.op(Op::CALLDATALOAD);
    const std::uint16_t length = to_temp();
    m_out.lget(length);
    m_out.push(0xFFFFFFFFull);
    m_out.op(Op::GT);
    m_out.op(Op::ISZERO);
    m_out.op(Op::AND);
    m_out.lget(base);
    m_out.lget(offset);
    m_out.op(Op::ADD);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(end);
    m_out.lget(length);
    m_out.push(t.kind == TypeKind::array ? abi_head_size(*t.element) : 1);
    m_out.op(Op::MUL);
    m_out.op(Op::SUB);
    m_out.op(Op::SGT);
    m_out.op(Op::ISZERO);
    m_out.op(Op::AND);
}

void FunctionCompiler::decode_calldata_element(const Type& t, std::uint16_t at, std::uint16_t base,
                                               std::uint16_t end) {
    if (!abi_is_dynamic(t)) return decode_nested(t, true, at, base, end);
    Label malformed = m_out.new_label(), done = m_out.new_label();
    calldata_tail_ok(t, at, base, end);
    m_out.jump(Op::JUMPZ, malformed);
    decode_nested(t, true, at, base, end, true);
    m_out.jump(Op::JUMP, done);
    m_out.bind(malformed);
    m_out.push(lazy_element_marker());
    m_out.bind(done);
}

void FunctionCompiler::check_lazy_element() { // p -- p
    m_out.dup(1);
    m_out.push(lazy_element_marker());
    m_out.op(Op::EQ);
    m_out.op(Op::ISZERO);
    revert_unless();
}

void FunctionCompiler::check_calldata_value(const Type& t) { // p -- p
    if (!holds_lazy_elements(t)) return;
    const std::uint16_t value = to_temp();
    auto check_at = [&](const Type& element, std::uint16_t address) {
        m_out.lget(address);
        m_out.op(Op::MLOAD);
        if (t.kind == TypeKind::array && abi_is_dynamic(element)) check_lazy_element();
        check_calldata_value(element);
        m_out.op(Op::POP);
    };
    if (t.kind == TypeKind::struct_) {
        const std::uint16_t address = temp();
        for (std::size_t i = 0; i < t.struct_info->fields.size(); ++i) {
            m_out.lget(value);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.lset(address);
            check_at(*t.struct_info->fields[i].type, address);
        }
    } else {
        if (t.length) {
            m_out.push(*t.length);
        } else {
            m_out.lget(value);
            m_out.op(Op::MLOAD);
        }
        const std::uint16_t length = to_temp();
        const std::uint16_t address = temp();
        counted_loop(length, [&](std::uint16_t i) {
            element_address(value, t.length ? 0 : 32, i);
            m_out.lset(address);
            check_at(*t.element, address);
        });
    }
    m_out.lget(value);
}

} // namespace mallory::lang::codegen
