// `bytes` and `string` in storage (solc's encoding) and byte access on memory/calldata bytes.
//
// Storage encoding, as solc (docs: "Layout of State Variables in Storage", bytes and string):
// - short (length <= 31): the slot holds the data left-aligned and 2*length in its lowest byte;
// - long (length >= 32): the slot holds 2*length+1, the data fills words from keccak256(slot).
// The lowest bit of the slot therefore tells the form. Bytes past the length are kept zero, so
// push() can OR a new byte into place and copies read clean words.
#include "lang/compile/codegen.hpp"

namespace mallory::lang::codegen {

using vm::Op;

/// Returns the scratch locals taken during a helper to the pool when the helper ends.
class ScratchScope {
public:
    explicit ScratchScope(FunctionCompiler& fc) : m_fc(fc), m_mark(fc.scratch_mark()) {}
    ~ScratchScope() { m_fc.release_scratch(m_mark); }
    ScratchScope(const ScratchScope&) = delete;
    ScratchScope& operator=(const ScratchScope&) = delete;

private:
    FunctionCompiler& m_fc;
    std::size_t m_mark;
};

std::uint16_t FunctionCompiler::to_scratch() {
    std::uint16_t slot = 0;
    if (m_scratch_pool.empty()) {
        slot = temp();
    } else {
        slot = m_scratch_pool.back();
        m_scratch_pool.pop_back();
    }
    m_scratch_used.push_back(slot);
    m_out.lset(slot);
    return slot;
}

void FunctionCompiler::release_scratch(std::size_t mark) {
    while (m_scratch_used.size() > mark) {
        m_scratch_pool.push_back(m_scratch_used.back());
        m_scratch_used.pop_back();
    }
}

bool is_byte_array(const Type& t) {
    return t.kind == TypeKind::bytes || t.kind == TypeKind::string;
}

void FunctionCompiler::byte_array_length_of_word() { // v -- length
    Label long_form = m_out.new_label();
    m_out.dup(1);
    m_out.push(1);
    m_out.op(Op::SHR);
    m_out.swap(1);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPI, long_form);
    m_out.push(0x7f);
    m_out.op(Op::AND);
    m_out.bind(long_form);
}

void FunctionCompiler::storage_bytes_length() { // slot -- length
    m_out.op(Op::SLOAD);
    byte_array_length_of_word();
}

void FunctionCompiler::words_of_length(std::uint16_t length) { // -- ceil(length / 32)
    m_out.lget(length);
    m_out.push(31);
    m_out.op(Op::ADD);
    m_out.push(5);
    m_out.op(Op::SHR);
}

void FunctionCompiler::storage_bytes_to_memory() { // slot -- ptr
    ScratchScope scope(*this);
    std::uint16_t slot = to_scratch();
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t word = to_scratch();
    m_out.lget(word);
    byte_array_length_of_word();
    std::uint16_t length = to_scratch();
    alloc_length_prefixed(length, length);
    std::uint16_t ptr = to_scratch();
    Label long_form = m_out.new_label(), done = m_out.new_label();
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPI, long_form);
    m_out.lget(ptr); // short: the data without the length byte
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(word);
    m_out.push(~vm::U256{0xff});
    m_out.op(Op::AND);
    m_out.op(Op::MSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(long_form);
    m_out.lget(slot);
    keccak_of_words(1);
    std::uint16_t data = to_scratch();
    words_of_length(length);
    std::uint16_t words = to_scratch();
    counted_loop(words, [&](std::uint16_t i) {
        m_out.lget(ptr);
        m_out.lget(i);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.op(Op::ADD);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.lget(data);
        m_out.lget(i);
        m_out.op(Op::ADD);
        m_out.op(Op::SLOAD);
        m_out.op(Op::MSTORE);
    });
    m_out.bind(done);
    m_out.lget(ptr);
}

void FunctionCompiler::clear_long_bytes_words(std::uint16_t slot, std::uint16_t old_word,
                                              std::uint16_t first_word) {
    ScratchScope scope(*this);
    Label done = m_out.new_label();
    m_out.lget(old_word);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPZ, done); // a short old value has no data words
    m_out.lget(slot);
    keccak_of_words(1);
    std::uint16_t data = to_scratch();
    m_out.lget(old_word);
    m_out.push(1);
    m_out.op(Op::SHR);
    std::uint16_t old_length = to_scratch();
    words_of_length(old_length);
    std::uint16_t end = to_scratch();
    Label loop = m_out.new_label();
    m_out.bind(loop);
    m_out.lget(first_word);
    m_out.lget(end);
    m_out.op(Op::LT);
    m_out.jump(Op::JUMPZ, done);
    m_out.lget(data);
    m_out.lget(first_word);
    m_out.op(Op::ADD);
    m_out.push(0);
    m_out.op(Op::SSTORE);
    m_out.op_local_u8(Op::LADDI, first_word, 1);
    m_out.jump(Op::JUMP, loop);
    m_out.bind(done);
}

void FunctionCompiler::memory_bytes_to_storage() { // dst_slot src_ptr --
    ScratchScope scope(*this);
    std::uint16_t src = to_scratch();
    std::uint16_t dst = to_scratch();
    m_out.lget(dst);
    m_out.op(Op::SLOAD);
    std::uint16_t old_word = to_scratch();
    m_out.lget(src);
    m_out.op(Op::MLOAD);
    std::uint16_t length = to_scratch();
    // Words of the old long value past the new content are zeroed, as solc does.
    m_out.lget(length);
    m_out.push(31);
    m_out.op(Op::GT); // a long new value keeps ceil(length/32) words
    words_of_length(length);
    m_out.op(Op::MUL);
    std::uint16_t first_free = to_scratch();
    clear_long_bytes_words(dst, old_word, first_free);
    Label long_form = m_out.new_label(), done = m_out.new_label();
    m_out.lget(length);
    m_out.push(31);
    m_out.op(Op::GT);
    m_out.jump(Op::JUMPI, long_form);
    m_out.lget(dst); // short: data (cut to the length) | 2 * length
    m_out.lget(src);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::MLOAD);
    keep_leading_bytes(length);
    m_out.lget(length);
    m_out.dup(1);
    m_out.op(Op::ADD);
    m_out.op(Op::OR);
    m_out.op(Op::SSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(long_form);
    m_out.lget(dst);
    m_out.lget(length);
    m_out.dup(1);
    m_out.op(Op::ADD);
    m_out.push(1);
    m_out.op(Op::ADD);
    m_out.op(Op::SSTORE);
    m_out.lget(dst);
    keccak_of_words(1);
    std::uint16_t data = to_scratch();
    m_out.lget(length);
    m_out.push(5);
    m_out.op(Op::SHR);
    std::uint16_t full = to_scratch();
    counted_loop(full, [&](std::uint16_t i) {
        m_out.lget(data);
        m_out.lget(i);
        m_out.op(Op::ADD);
        m_out.lget(src);
        m_out.lget(i);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.op(Op::ADD);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        m_out.op(Op::SSTORE);
    });
    // The last, partial word keeps only the bytes of the value.
    m_out.lget(length);
    m_out.push(31);
    m_out.op(Op::AND);
    std::uint16_t rest = to_scratch();
    m_out.lget(rest);
    m_out.jump(Op::JUMPZ, done);
    m_out.lget(data);
    m_out.lget(full);
    m_out.op(Op::ADD);
    m_out.lget(src);
    m_out.lget(full);
    m_out.push(5);
    m_out.op(Op::SHL);
    m_out.op(Op::ADD);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::MLOAD);
    keep_leading_bytes(rest);
    m_out.op(Op::SSTORE);
    m_out.bind(done);
}

void FunctionCompiler::keep_leading_bytes(std::uint16_t count) { // w -- w cut to `count` bytes
    ScratchScope scope(*this);
    // A shift by 256 (count 0) gives 0 on the EVM, so no branch is needed.
    m_out.push(256);
    m_out.lget(count);
    m_out.push(3);
    m_out.op(Op::SHL);
    m_out.op(Op::SUB);
    std::uint16_t shift = to_scratch();
    m_out.lget(shift);
    m_out.op(Op::SHR);
    m_out.lget(shift);
    m_out.op(Op::SHL);
}

void FunctionCompiler::clear_storage_bytes() { // slot --
    ScratchScope scope(*this);
    std::uint16_t slot = to_scratch();
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t old_word = to_scratch();
    m_out.push(0);
    std::uint16_t first = to_scratch();
    clear_long_bytes_words(slot, old_word, first);
    m_out.lget(slot);
    m_out.push(0);
    m_out.op(Op::SSTORE);
}

void FunctionCompiler::storage_bytes_push() { // slot byte --   (byte left-aligned, as bytes1)
    ScratchScope scope(*this);
    std::uint16_t value = to_scratch();
    std::uint16_t slot = to_scratch();
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t word = to_scratch();
    Label long_form = m_out.new_label(), to_long = m_out.new_label(), done = m_out.new_label();
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPI, long_form);
    m_out.lget(word);
    m_out.push(0xff);
    m_out.op(Op::AND);
    m_out.push(1);
    m_out.op(Op::SHR);
    std::uint16_t length = to_scratch();
    m_out.lget(length);
    m_out.push(31);
    m_out.op(Op::EQ);
    m_out.jump(Op::JUMPI, to_long);
    m_out.lget(slot); // short stays short: the byte at index `length`, length + 1
    m_out.lget(value);
    m_out.lget(length);
    m_out.push(3);
    m_out.op(Op::SHL);
    m_out.op(Op::SHR);
    m_out.lget(word);
    m_out.op(Op::OR);
    m_out.push(2);
    m_out.op(Op::ADD);
    m_out.op(Op::SSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(to_long); // 31 bytes + 1: the data moves to keccak256(slot)
    m_out.lget(slot);
    keccak_of_words(1);
    m_out.lget(word);
    m_out.push(~vm::U256{0xff});
    m_out.op(Op::AND);
    m_out.lget(value);
    m_out.push(248);
    m_out.op(Op::SHR);
    m_out.op(Op::OR);
    m_out.op(Op::SSTORE);
    m_out.lget(slot);
    m_out.push(65);
    m_out.op(Op::SSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(long_form);
    m_out.lget(slot);
    m_out.lget(word);
    m_out.push(2);
    m_out.op(Op::ADD);
    m_out.op(Op::SSTORE);
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::SHR);
    std::uint16_t long_length = to_scratch();
    m_out.lget(slot);
    keccak_of_words(1);
    m_out.lget(long_length);
    m_out.push(5);
    m_out.op(Op::SHR);
    m_out.op(Op::ADD);
    std::uint16_t at = to_scratch();
    m_out.lget(at);
    m_out.lget(value);
    m_out.lget(long_length);
    m_out.push(31);
    m_out.op(Op::AND);
    m_out.push(3);
    m_out.op(Op::SHL);
    m_out.op(Op::SHR);
    m_out.lget(at);
    m_out.op(Op::SLOAD);
    m_out.op(Op::OR);
    m_out.op(Op::SSTORE);
    m_out.bind(done);
}

void FunctionCompiler::storage_bytes_pop() { // slot --
    ScratchScope scope(*this);
    std::uint16_t slot = to_scratch();
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t word = to_scratch();
    Label long_form = m_out.new_label(), to_short = m_out.new_label(), done = m_out.new_label();
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPI, long_form);
    m_out.lget(word);
    m_out.push(0xff);
    m_out.op(Op::AND);
    m_out.push(1);
    m_out.op(Op::SHR);
    std::uint16_t length = to_scratch();
    m_out.lget(length);
    panic_unless(vm::panic::pop_empty);
    m_out.lget(slot); // clear the byte at index length-1, length - 1
    m_out.lget(word);
    m_out.push(0xff);
    m_out.push(32);
    m_out.lget(length);
    m_out.op(Op::SUB);
    m_out.push(3);
    m_out.op(Op::SHL);
    m_out.op(Op::SHL);
    m_out.op(Op::NOT);
    m_out.op(Op::AND);
    m_out.push(2);
    m_out.op(Op::SUB);
    m_out.op(Op::SSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(long_form);
    m_out.lget(slot);
    keccak_of_words(1);
    std::uint16_t data = to_scratch();
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::SHR);
    std::uint16_t long_length = to_scratch();
    m_out.lget(long_length);
    m_out.push(32);
    m_out.op(Op::EQ);
    m_out.jump(Op::JUMPI, to_short);
    m_out.lget(data); // the word of the last byte loses it; length - 1
    m_out.lget(long_length);
    m_out.push(1);
    m_out.op(Op::SUB);
    std::uint16_t last = to_scratch();
    m_out.lget(last);
    m_out.push(5);
    m_out.op(Op::SHR);
    m_out.op(Op::ADD);
    std::uint16_t at = to_scratch();
    m_out.lget(at);
    m_out.lget(at);
    m_out.op(Op::SLOAD);
    m_out.push(0xff);
    m_out.push(31);
    m_out.lget(last);
    m_out.push(31);
    m_out.op(Op::AND);
    m_out.op(Op::SUB);
    m_out.push(3);
    m_out.op(Op::SHL);
    m_out.op(Op::SHL);
    m_out.op(Op::NOT);
    m_out.op(Op::AND);
    m_out.op(Op::SSTORE);
    m_out.lget(slot);
    m_out.lget(word);
    m_out.push(2);
    m_out.op(Op::SUB);
    m_out.op(Op::SSTORE);
    m_out.jump(Op::JUMP, done);
    m_out.bind(to_short); // 32 bytes - 1: the first 31 move back into the slot
    m_out.lget(slot);
    m_out.lget(data);
    m_out.op(Op::SLOAD);
    m_out.push(~vm::U256{0xff});
    m_out.op(Op::AND);
    m_out.push(62);
    m_out.op(Op::OR);
    m_out.op(Op::SSTORE);
    m_out.lget(data);
    m_out.push(0);
    m_out.op(Op::SSTORE);
    m_out.bind(done);
}

void FunctionCompiler::storage_byte_location() { // slot index -- word_slot byte_position
    ScratchScope scope(*this);
    std::uint16_t index = to_scratch();
    std::uint16_t slot = to_scratch();
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t word = to_scratch();
    m_out.lget(index);
    m_out.lget(word);
    byte_array_length_of_word();
    m_out.op(Op::LT);
    panic_unless(vm::panic::index_out_of_bounds);
    Label long_form = m_out.new_label(), done = m_out.new_label();
    m_out.lget(word);
    m_out.push(1);
    m_out.op(Op::AND);
    m_out.jump(Op::JUMPI, long_form);
    m_out.lget(slot);
    m_out.lget(index);
    m_out.jump(Op::JUMP, done);
    m_out.bind(long_form);
    m_out.lget(slot);
    keccak_of_words(1);
    m_out.lget(index);
    m_out.push(5);
    m_out.op(Op::SHR);
    m_out.op(Op::ADD);
    m_out.lget(index);
    m_out.push(31);
    m_out.op(Op::AND);
    m_out.bind(done);
}

void FunctionCompiler::memory_byte_location() { // ptr index -- address
    ScratchScope scope(*this);
    std::uint16_t index = to_scratch();
    std::uint16_t ptr = to_scratch();
    m_out.lget(index);
    m_out.lget(ptr);
    m_out.op(Op::MLOAD);
    m_out.op(Op::LT);
    panic_unless(vm::panic::index_out_of_bounds);
    m_out.lget(ptr);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(index);
    m_out.op(Op::ADD);
}

void FunctionCompiler::load_storage_byte(std::uint16_t word_slot, std::uint16_t position) {
    m_out.lget(word_slot);
    m_out.op(Op::SLOAD);
    m_out.lget(position);
    m_out.op(Op::BYTE);
    m_out.push(248);
    m_out.op(Op::SHL);
}

void FunctionCompiler::store_storage_byte(std::uint16_t word_slot, std::uint16_t position) {
    ScratchScope scope(*this);
    std::uint16_t value = to_scratch(); // bytes1, left-aligned
    m_out.push(31);
    m_out.lget(position);
    m_out.op(Op::SUB);
    m_out.push(3);
    m_out.op(Op::SHL);
    std::uint16_t shift = to_scratch();
    m_out.lget(word_slot);
    m_out.lget(word_slot);
    m_out.op(Op::SLOAD);
    m_out.push(0xff);
    m_out.lget(shift);
    m_out.op(Op::SHL);
    m_out.op(Op::NOT);
    m_out.op(Op::AND);
    m_out.lget(value);
    m_out.push(248);
    m_out.op(Op::SHR);
    m_out.lget(shift);
    m_out.op(Op::SHL);
    m_out.op(Op::OR);
    m_out.op(Op::SSTORE);
}

void FunctionCompiler::bytes_key_slot() { // slot ptr -- keccak256(data . slot)
    ScratchScope scope(*this);
    std::uint16_t ptr = to_scratch();
    std::uint16_t slot = to_scratch();
    m_out.lget(ptr);
    m_out.op(Op::MLOAD);
    std::uint16_t length = to_scratch();
    // Allocated, not scratch past the free pointer: fresh memory must stay zero (new T[](n)).
    m_out.lget(length);
    m_out.push(63);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    alloc_dynamic();
    std::uint16_t scratch = to_scratch();
    m_out.lget(scratch);
    m_out.lget(ptr);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(length);
    m_out.op(Op::MCOPY);
    m_out.lget(scratch);
    m_out.lget(length);
    m_out.op(Op::ADD);
    m_out.lget(slot);
    m_out.op(Op::MSTORE);
    m_out.lget(scratch);
    m_out.lget(length);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::KECCAK256);
}

void FunctionCompiler::copy_memory_to_memory(const Type& t) { // ptr -- copy
    ScratchScope scope(*this);
    if (is_byte_array(t) ||
        (t.kind == TypeKind::array && !t.length && !check::is_reference_type(*t.element))) {
        // One block: the length word, then the data (bytes) or the elements (words).
        std::uint16_t src = to_scratch();
        m_out.lget(src);
        m_out.op(Op::MLOAD);
        if (!is_byte_array(t)) {
            m_out.push(5);
            m_out.op(Op::SHL);
        }
        m_out.push(32);
        m_out.op(Op::ADD);
        std::uint16_t size = to_scratch();
        m_out.lget(size);
        m_out.push(31);
        m_out.op(Op::ADD);
        m_out.push(~vm::U256{31});
        m_out.op(Op::AND);
        alloc_dynamic();
        m_out.dup(1);
        m_out.lget(src);
        m_out.lget(size);
        m_out.op(Op::MCOPY);
        return;
    }
    if (t.kind == TypeKind::array && t.length) {
        copy_memory_words(*t.element, *t.length);
        return;
    }
    if (t.kind == TypeKind::struct_) {
        std::vector<const Type*> fields;
        for (const auto& f : t.struct_info->fields)
            fields.push_back(f.type.get());
        copy_memory_fields(fields);
        return;
    }
    if (t.kind == TypeKind::array) // dynamic, of references: a pointer per element, each copied
        return copy_pointer_array(*t.element);
    unsupported({}, "copying this calldata type to memory");
}

void FunctionCompiler::copy_pointer_array(const Type& element) { // ptr -- copy
    ScratchScope scope(*this);
    const std::uint16_t src = to_scratch();
    m_out.lget(src);
    m_out.op(Op::MLOAD);
    const std::uint16_t length = to_scratch();
    m_out.lget(length);
    m_out.push(5);
    m_out.op(Op::SHL);
    m_out.push(32);
    m_out.op(Op::ADD);
    alloc_dynamic();
    const std::uint16_t dst = to_scratch();
    m_out.lget(dst);
    m_out.lget(length);
    m_out.op(Op::MSTORE);
    counted_loop(length, [&](std::uint16_t i) {
        element_address(dst, 32, i);
        element_address(src, 32, i);
        m_out.op(Op::MLOAD);
        copy_memory_to_memory(element);
        m_out.op(Op::MSTORE);
    });
    m_out.lget(dst);
}

void FunctionCompiler::copy_memory_words(const Type& element, std::uint64_t count) {
    ScratchScope scope(*this);
    copy_memory_fields(std::vector<const Type*>(count, &element));
}

void FunctionCompiler::copy_memory_fields(const std::vector<const Type*>& fields) { // p -- q
    ScratchScope scope(*this);
    std::uint16_t src = to_scratch();
    alloc(32 * fields.size());
    std::uint16_t dst = to_scratch();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        m_out.lget(dst);
        m_out.push(32 * i);
        m_out.op(Op::ADD);
        m_out.lget(src);
        m_out.push(32 * i);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        if (check::is_reference_type(*fields[i])) copy_memory_to_memory(*fields[i]);
        m_out.op(Op::MSTORE);
    }
    m_out.lget(dst);
}

} // namespace mallory::lang::codegen
