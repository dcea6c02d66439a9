// Memory, storage-copy and small helpers of the code generator.
#include "lang/compile/codegen.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {
constexpr std::uint64_t free_pointer_slot = 0x40;
constexpr std::uint64_t zero_slot = 0x60; ///< always zero: the empty dynamic array/bytes
} // namespace

std::uint16_t FunctionCompiler::temp() {
    return m_out.new_local();
}

std::uint16_t FunctionCompiler::to_temp() {
    std::uint16_t t = temp();
    m_out.lset(t);
    return t;
}

void FunctionCompiler::data_and_length() {
    m_out.dup(1);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.swap(1);
    m_out.op(Op::MLOAD);
}

void FunctionCompiler::load_free_pointer() {
    m_out.push(free_pointer_slot);
    m_out.op(Op::MLOAD);
}

void FunctionCompiler::store_free_pointer() { // p --
    m_out.push(free_pointer_slot);
    m_out.swap(1);
    m_out.op(Op::MSTORE);
}

void FunctionCompiler::alloc(std::uint64_t bytes) { // -- p
    load_free_pointer();
    m_out.dup(1);
    m_out.push(bytes);
    m_out.op(Op::ADD);
    store_free_pointer();
}

void FunctionCompiler::zero_fresh(std::uint16_t size) { // p -- p
    // Memory past the free pointer is zero only until inline assembly uses it as scratch space
    // (OpenZeppelin does): a value that must start as zeros is cleared, as solc clears it, by
    // copying from past the end of the calldata.
    m_out.dup(1);
    m_out.op(Op::CALLDATASIZE);
    m_out.lget(size);
    m_out.op(Op::CALLDATACOPY);
}

void FunctionCompiler::alloc_zeroed(std::uint64_t bytes) { // -- p
    alloc(bytes);
    m_out.dup(1);
    m_out.op(Op::CALLDATASIZE);
    m_out.push(bytes);
    m_out.op(Op::CALLDATACOPY);
}

void FunctionCompiler::alloc_dynamic() { // n -- p
    load_free_pointer();
    m_out.swap(1);
    m_out.dup(2);
    m_out.op(Op::ADD);
    store_free_pointer();
}

void FunctionCompiler::alloc_length_prefixed(std::uint16_t length, std::uint16_t size) {
    m_out.lget(size);
    m_out.push(63);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    alloc_dynamic();
    m_out.dup(1);
    m_out.lget(length);
    m_out.op(Op::MSTORE);
}

void FunctionCompiler::keccak_of_words(unsigned count) {
    if (count == 2) { // a b -- keccak(a . b)
        m_out.push(0x20);
        m_out.swap(1);
        m_out.op(Op::MSTORE);
    }
    m_out.push(0);
    m_out.swap(1);
    m_out.op(Op::MSTORE);
    m_out.push(0);
    m_out.push(32 * count);
    m_out.op(Op::KECCAK256);
}

void FunctionCompiler::panic_unless(std::uint8_t code) {
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    m_out.op_u8(Op::PANIC, code);
    m_out.bind(ok);
}

void FunctionCompiler::revert_unless() {
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    revert_empty();
    m_out.bind(ok);
}

void FunctionCompiler::revert_empty() {
    m_out.push(0);
    m_out.push(0);
    m_out.op(Op::REVERT);
}

void FunctionCompiler::zero_memory_value(const Type& t) { // -- v
    switch (t.kind) {
    case TypeKind::struct_: {
        std::size_t n = t.struct_info->fields.size();
        alloc_zeroed(32 * n);
        for (std::size_t i = 0; i < n; ++i) {
            const Type& field = *t.struct_info->fields[i].type;
            if (!check::is_reference_type(field)) continue; // zeroed above
            m_out.dup(1);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            zero_memory_value(field);
            m_out.op(Op::MSTORE);
        }
        return;
    }
    case TypeKind::array:
        if (t.length) {
            alloc_zeroed(32 * *t.length);
            if (!check::is_reference_type(*t.element)) return; // zeroed above
            if (*t.length > unrolled_elements_max) return zero_fixed_array_elements(t);
            for (std::uint64_t i = 0; i < *t.length; ++i) {
                m_out.dup(1);
                m_out.push(32 * i);
                m_out.op(Op::ADD);
                zero_memory_value(*t.element);
                m_out.op(Op::MSTORE);
            }
            return;
        }
        m_out.push(zero_slot);
        return;
    case TypeKind::bytes:
    case TypeKind::string:
        m_out.push(zero_slot);
        return;
    default:
        m_out.push(0);
        return;
    }
}

// A loop, not one allocation per element written out: `bytes32[3][500] memory` would
// otherwise take half a megabyte of code.
void FunctionCompiler::zero_fixed_array_elements(const Type& t) { // ptr -- ptr
    std::uint16_t array = to_temp();
    m_out.push(*t.length);
    std::uint16_t length = to_temp();
    counted_loop(length, [&](std::uint16_t i) {
        m_out.lget(array);
        m_out.lget(i);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.op(Op::ADD);
        zero_memory_value(*t.element);
        m_out.op(Op::MSTORE);
    });
    m_out.lget(array);
}

void FunctionCompiler::copy_storage_to_memory(const Type& t) { // slot -- ptr
    if (is_byte_array(t)) return storage_bytes_to_memory();
    if (t.kind == TypeKind::struct_) {
        std::uint16_t src = to_temp();
        const auto& fields = t.struct_info->fields;
        alloc(32 * fields.size());
        std::uint16_t dst = to_temp();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const Type& field = *fields[i].type;
            if (field.kind == TypeKind::mapping) continue;
            const StorageLocation at = field_location(*t.struct_info, fields[i].name);
            m_out.lget(dst);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.lget(src);
            m_out.push(at.slot);
            m_out.op(Op::ADD);
            if (check::is_reference_type(field))
                copy_storage_to_memory(field);
            else
                load_packed(field, at.offset);
            m_out.op(Op::MSTORE);
        }
        m_out.lget(dst);
        return;
    }
    if (t.kind == TypeKind::array) {
        std::uint16_t src = to_temp();
        const Type& element = *t.element;
        const bool nested = check::is_reference_type(element);
        const std::uint64_t stride = nested ? storage_slots(element).value_or(1) : 1;
        std::uint16_t length = temp();
        std::uint16_t data = temp();
        if (t.length) {
            m_out.push(*t.length);
            m_out.lset(length);
            m_out.lget(src);
            m_out.lset(data);
            alloc(32 * *t.length);
        } else {
            m_out.lget(src);
            m_out.op(Op::SLOAD);
            m_out.lset(length);
            m_out.lget(src);
            keccak_of_words(1);
            m_out.lset(data);
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
        std::uint16_t ptr = to_temp();
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(ptr); // address = ptr + (dynamic ? 32 : 0) + 32 i
            if (!t.length) {
                m_out.push(32);
                m_out.op(Op::ADD);
            }
            m_out.lget(i);
            m_out.push(5);
            m_out.op(Op::SHL);
            m_out.op(Op::ADD);
            m_out.lget(data);
            m_out.lget(i);
            if (stride != 1) {
                m_out.push(stride);
                m_out.op(Op::MUL);
            }
            m_out.op(Op::ADD);
            if (nested)
                copy_storage_to_memory(element);
            else
                load_packed(element, 0);
            m_out.op(Op::MSTORE);
        });
        m_out.lget(ptr);
        return;
    }
    unsupported({}, "copying this storage type to memory");
}

/// Emits `for (i = 0; i < length; ++i) body(i)` with `length` in a temp.
void FunctionCompiler::counted_loop(std::uint16_t length,
                                    const std::function<void(std::uint16_t)>& body) {
    std::uint16_t i = temp();
    m_out.push(0);
    m_out.lset(i);
    Label loop = m_out.new_label(), done = m_out.new_label();
    m_out.bind(loop);
    m_out.lget(i);
    m_out.lget(length);
    m_out.op(Op::LT);
    m_out.jump(Op::JUMPZ, done);
    body(i);
    m_out.op_local_u8(Op::LADDI, i, 1);
    m_out.jump(Op::JUMP, loop);
    m_out.bind(done);
}

void FunctionCompiler::copy_memory_to_storage(const Type& t) { // dst_slot src_ptr --
    if (is_byte_array(t)) return memory_bytes_to_storage();
    std::uint16_t src = to_temp();
    std::uint16_t dst = to_temp();
    if (t.kind == TypeKind::struct_) {
        const auto& fields = t.struct_info->fields;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const Type& field = *fields[i].type;
            if (field.kind == TypeKind::mapping) continue;
            const StorageLocation at = field_location(*t.struct_info, fields[i].name);
            m_out.lget(dst);
            m_out.push(at.slot);
            m_out.op(Op::ADD);
            m_out.lget(src);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            if (check::is_reference_type(field))
                copy_memory_to_storage(field);
            else
                store_packed(field, at.offset);
        }
        return;
    }
    if (t.kind == TypeKind::array) {
        const Type& element = *t.element;
        const bool nested = check::is_reference_type(element);
        const std::uint64_t stride = nested ? storage_slots(element).value_or(1) : 1;
        std::uint16_t length = temp();
        std::uint16_t data = temp();
        std::uint16_t first = temp(); // memory address of element 0
        if (t.length) {
            m_out.push(*t.length);
            m_out.lset(length);
            m_out.lget(dst);
            m_out.lset(data);
            m_out.lget(src);
            m_out.lset(first);
        } else {
            clear_dynamic_array_tail(element, dst, src);
            m_out.lget(src);
            m_out.op(Op::MLOAD);
            m_out.lset(length);
            m_out.lget(dst);
            m_out.lget(length);
            m_out.op(Op::SSTORE);
            m_out.lget(dst);
            keccak_of_words(1);
            m_out.lset(data);
            m_out.lget(src);
            m_out.push(32);
            m_out.op(Op::ADD);
            m_out.lset(first);
        }
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(data);
            m_out.lget(i);
            if (stride != 1) {
                m_out.push(stride);
                m_out.op(Op::MUL);
            }
            m_out.op(Op::ADD);
            m_out.lget(first);
            m_out.lget(i);
            m_out.push(5);
            m_out.op(Op::SHL);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            if (nested)
                copy_memory_to_storage(element);
            else
                store_packed(element, 0);
        });
        return;
    }
    unsupported({}, "copying this memory type to storage");
}

/// Before a dynamic storage array gets a shorter content, clear the elements past the new
/// length, as solc does (a later push() must read zero).
void FunctionCompiler::clear_dynamic_array_tail(const Type& element, std::uint16_t dst,
                                                std::uint16_t src) {
    const std::uint64_t stride = storage_slots(element).value_or(1);
    std::uint16_t old_length = temp();
    std::uint16_t new_length = temp();
    m_out.lget(dst);
    m_out.op(Op::SLOAD);
    m_out.lset(old_length);
    m_out.lget(src);
    m_out.op(Op::MLOAD);
    m_out.lset(new_length);
    std::uint16_t data = temp();
    m_out.lget(dst);
    keccak_of_words(1);
    m_out.lset(data);
    Label loop = m_out.new_label(), done = m_out.new_label();
    m_out.bind(loop);
    m_out.lget(new_length);
    m_out.lget(old_length);
    m_out.op(Op::LT);
    m_out.jump(Op::JUMPZ, done);
    m_out.lget(data);
    m_out.lget(new_length);
    if (stride != 1) {
        m_out.push(stride);
        m_out.op(Op::MUL);
    }
    m_out.op(Op::ADD);
    clear_storage(element);
    m_out.op_local_u8(Op::LADDI, new_length, 1);
    m_out.jump(Op::JUMP, loop);
    m_out.bind(done);
}

void FunctionCompiler::copy_storage_to_storage(const Type& t) { // dst_slot src_slot --
    if (!check::is_reference_type(t)) { // both start their slot (array elements)
        load_packed(t, 0);
        store_packed(t, 0);
        return;
    }
    copy_storage_to_memory(t);
    copy_memory_to_storage(t);
}

void FunctionCompiler::clear_storage(const Type& t) { // slot --
    if (!check::is_reference_type(t)) {
        m_out.push(0);
        m_out.op(Op::SSTORE);
        return;
    }
    if (is_byte_array(t)) return clear_storage_bytes();
    if (t.kind == TypeKind::mapping) { // deleting a mapping does nothing, as in solc
        m_out.op(Op::POP);
        return;
    }
    if (t.kind == TypeKind::struct_) {
        std::uint16_t slot = to_temp();
        for (const auto& field : t.struct_info->fields) {
            const StorageLocation at = field_location(*t.struct_info, field.name);
            m_out.lget(slot);
            m_out.push(at.slot);
            m_out.op(Op::ADD);
            if (check::is_reference_type(*field.type)) {
                clear_storage(*field.type);
                continue;
            }
            m_out.push(0);
            store_packed(*field.type, at.offset);
        }
        return;
    }
    if (t.kind == TypeKind::array) {
        const std::uint64_t stride = storage_slots(*t.element).value_or(1);
        std::uint16_t slot = to_temp();
        std::uint16_t length = temp();
        std::uint16_t data = temp();
        if (t.length) {
            m_out.push(*t.length);
            m_out.lset(length);
            m_out.lget(slot);
            m_out.lset(data);
        } else {
            m_out.lget(slot);
            m_out.op(Op::SLOAD);
            m_out.lset(length);
            m_out.lget(slot);
            m_out.push(0);
            m_out.op(Op::SSTORE);
            m_out.lget(slot);
            keccak_of_words(1);
            m_out.lset(data);
        }
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(data);
            m_out.lget(i);
            if (stride != 1) {
                m_out.push(stride);
                m_out.op(Op::MUL);
            }
            m_out.op(Op::ADD);
            clear_storage(*t.element);
        });
        return;
    }
    unsupported({}, "deleting this storage type");
}

} // namespace mallory::lang::codegen
