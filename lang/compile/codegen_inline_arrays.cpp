// Inline arrays `[a, b, c]` and the element-wise array copies solc allows towards storage
// (`uint[] s; s = [1, 2, 3];` copies a `uint8[3] memory` into a `uint256[] storage`).
#include "lang/compile/codegen.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

/// The memory array a value of `target` is built as: a copy into storage goes through memory.
TypePtr memory_shape(const TypePtr& target) {
    return check::with_location(target, check::Location::memory);
}

} // namespace

// As solc: the array is allocated first, then the elements are evaluated left to right, each
// converted to the element type and stored in place.
void FunctionCompiler::inline_array(const ast::InlineArray& a, const TypePtr& target) {
    const TypePtr type = target ? memory_shape(target) : m_model.type_of(a.id);
    const Type& element = *type->element;
    const std::uint64_t count = a.elements.size();
    const std::uint64_t length = type->length ? *type->length : count;
    span(a.span);
    const std::uint64_t bytes = 32 * length + (type->length ? 0 : 32);
    if (length > count)
        alloc_zeroed(bytes); // the elements past the literal's keep their zero defaults
    else
        alloc(bytes);
    const std::uint16_t ptr = temp();
    m_out.lset(ptr);
    std::uint64_t data = 0;
    if (!type->length) { // built straight into a dynamic array: the length word first
        m_out.lget(ptr);
        m_out.push(count);
        m_out.op(Op::MSTORE);
        data = 32;
    }
    for (std::uint64_t i = 0; i < count; ++i) {
        m_out.lget(ptr);
        m_out.push(data + 32 * i);
        m_out.op(Op::ADD);
        expression_as(a.elements[i], type->element);
        m_out.op(Op::MSTORE);
    }
    for (std::uint64_t i = count; i < length; ++i) {   // a longer fixed target: defaults
        if (!check::is_reference_type(element)) break; // zeroed at allocation
        m_out.lget(ptr);
        m_out.push(data + 32 * i);
        m_out.op(Op::ADD);
        zero_memory_value(element);
        m_out.op(Op::MSTORE);
    }
    m_out.lget(ptr);
}

bool FunctionCompiler::needs_array_conversion(const Type& from, const Type& to) {
    return from.kind == TypeKind::array && to.kind == TypeKind::array &&
           from.location != check::Location::storage && !check::same_base_type(from, to);
}

// ptr -- ptr': a new memory array of `to`'s shape holding the elements of `from` converted.
// Value elements convert without code (widening keeps a clean word clean); nested arrays are
// converted in turn; a longer fixed target gets default elements after the copied ones.
void FunctionCompiler::convert_array(const Type& from, const Type& to) {
    const std::uint16_t src = temp();
    m_out.lset(src);
    const std::uint16_t length = temp();
    if (from.length)
        m_out.push(*from.length);
    else {
        m_out.lget(src);
        m_out.op(Op::MLOAD);
    }
    m_out.lset(length);
    const TypePtr to_memory = memory_shape(std::make_shared<const Type>(to));
    if (to.length) {
        zero_memory_value(*to_memory); // defaults everywhere, overwritten below
    } else {
        m_out.lget(length);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.push(32);
        m_out.op(Op::ADD);
        alloc_dynamic();
        m_out.dup(1);
        m_out.lget(length);
        m_out.op(Op::MSTORE);
    }
    const std::uint16_t dst = temp();
    m_out.lset(dst);
    const std::uint64_t src_data = from.length ? 0 : 32;
    const std::uint64_t dst_data = to.length ? 0 : 32;
    counted_loop(length, [&](std::uint16_t i) {
        element_address(dst, dst_data, i);
        element_address(src, src_data, i);
        m_out.op(Op::MLOAD);
        if (needs_array_conversion(*from.element, *to.element))
            convert_array(*from.element, *to.element);
        m_out.op(Op::MSTORE);
    });
    m_out.lget(dst);
}

void FunctionCompiler::element_address(std::uint16_t base, std::uint64_t data,
                                       std::uint16_t index) { // -- base + data + 32 index
    m_out.lget(base);
    if (data) {
        m_out.push(data);
        m_out.op(Op::ADD);
    }
    m_out.lget(index);
    m_out.push(5);
    m_out.op(Op::SHL);
    m_out.op(Op::ADD);
}

} // namespace mallory::lang::codegen
