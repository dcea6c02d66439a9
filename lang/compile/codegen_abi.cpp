// The Ethereum ABI: encoding (calls, returns, events, errors, abi.encode*), decoding (calldata,
// return data, abi.decode) and revert helpers.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"
#include "vm/keccak.hpp"

namespace mallory::lang::codegen {

using vm::Op;

bool abi_is_dynamic(const Type& t) {
    if (t.kind == TypeKind::bytes || t.kind == TypeKind::string) return true;
    if (t.kind == TypeKind::array) return !t.length || abi_is_dynamic(*t.element);
    if (t.kind == TypeKind::struct_)
        for (const auto& f : t.struct_info->fields)
            if (abi_is_dynamic(*f.type)) return true;
    return false;
}

namespace {

/// A struct or array with a struct, array, bytes or string inside: its ABI form is a tuple of
/// its own (encoded and decoded element by element).
bool is_nested(const Type& t) {
    if (t.kind == TypeKind::array) return check::is_reference_type(*t.element);
    if (t.kind == TypeKind::struct_)
        for (const auto& f : t.struct_info->fields)
            if (check::is_reference_type(*f.type)) return true;
    return false;
}

/// Bytes a value takes in abi.encodePacked (0 for dynamic contents: copied as they are).
unsigned packed_size(const Type& type) {
    const Type& t = check::value_representation(type);
    switch (t.kind) {
    case TypeKind::integer:
        return t.bits / 8;
    case TypeKind::boolean:
        return 1;
    case TypeKind::address:
    case TypeKind::contract:
        return 20;
    case TypeKind::fixed_bytes:
        return t.byte_size;
    case TypeKind::enum_:
        return 1;
    default:
        return 32;
    }
}

bool left_aligned(const Type& t) {
    return check::value_representation(t).kind == TypeKind::fixed_bytes;
}

} // namespace

std::uint64_t abi_head_size(const Type& t) {
    if (abi_is_dynamic(t)) return 32;
    if (t.kind == TypeKind::struct_ || (t.kind == TypeKind::array && t.length))
        return abi_heads_size(t);
    return 32;
}

std::uint64_t abi_heads_size(const Type& t) {
    if (t.kind == TypeKind::array) return *t.length * abi_head_size(*t.element);
    std::uint64_t size = 0;
    for (const auto& f : t.struct_info->fields)
        size += abi_head_size(*f.type);
    return size;
}

void FunctionCompiler::abi_encode(const std::vector<TypePtr>& types,
                                  const std::vector<std::uint16_t>& temps,
                                  std::optional<std::uint32_t> selector, bool packed) {
    load_free_pointer();
    std::uint16_t start = to_temp(); // the bytes object: [length][encoding]
    std::uint16_t base = temp();     // where the tuple begins (after the selector)
    std::uint16_t head = temp();
    std::uint16_t tail = temp();
    m_out.lget(start);
    m_out.push(32);
    m_out.op(Op::ADD);
    if (selector) {
        m_out.dup(1);
        m_out.push(vm::shl(vm::U256{*selector}, 224));
        m_out.op(Op::MSTORE);
        m_out.push(4);
        m_out.op(Op::ADD);
    }
    m_out.dup(1);
    m_out.lset(base);
    m_out.dup(1);
    m_out.lset(head);
    std::uint64_t head_size = 0;
    if (!packed)
        for (const TypePtr& t : types)
            head_size += abi_head_size(*t);
    m_out.push(head_size);
    m_out.op(Op::ADD);
    m_out.lset(tail);
    for (std::size_t i = 0; i < types.size() && i < temps.size(); ++i) {
        if (types[i]->location == check::Location::calldata && holds_lazy_elements(*types[i])) {
            m_out.lget(temps[i]); // solc's encoder reads every element of a calldata value
            check_calldata_value(*types[i]);
            m_out.op(Op::POP);
        }
        encode_value(*types[i], temps[i], head, base, tail, packed);
    }
    // length = tail - (start + 32); free pointer past the data, rounded up, plus one word of
    // slack in packed mode where the last MSTORE may write past the end.
    m_out.lget(start);
    m_out.lget(tail);
    m_out.lget(start);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::SUB); // tail - (start+32)
    m_out.op(Op::MSTORE);
    m_out.lget(tail);
    m_out.push(packed ? 63 : 31);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    store_free_pointer();
    m_out.lget(start);
}

void FunctionCompiler::encode_value(const Type& t, std::uint16_t value, std::uint16_t head,
                                    std::uint16_t base, std::uint16_t tail, bool packed) {
    auto advance = [&](std::uint16_t cursor, std::uint64_t bytes) {
        m_out.lget(cursor);
        m_out.push(bytes);
        m_out.op(Op::ADD);
        m_out.lset(cursor);
    };
    auto copy_dynamic = [&](std::uint16_t dst_cursor, bool pad, bool with_length) {
        // value: memory pointer to [length][data]; array data is 32 bytes per element.
        m_out.lget(value);
        m_out.op(Op::MLOAD);
        if (t.kind == TypeKind::array) {
            m_out.push(5);
            m_out.op(Op::SHL);
        }
        std::uint16_t size = to_temp();
        if (with_length) {
            m_out.lget(dst_cursor);
            m_out.lget(value);
            m_out.op(Op::MLOAD);
            m_out.op(Op::MSTORE);
            advance(dst_cursor, 32);
        }
        if (pad) { // zeros after the data up to a whole word, whatever memory held there
            m_out.lget(dst_cursor);
            m_out.lget(size);
            m_out.op(Op::ADD);
            m_out.push(0);
            m_out.op(Op::MSTORE);
        }
        m_out.lget(dst_cursor);
        m_out.lget(value);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.lget(size);
        m_out.op(Op::MCOPY);
        m_out.lget(dst_cursor);
        m_out.lget(size);
        if (pad) {
            m_out.push(31);
            m_out.op(Op::ADD);
            m_out.push(~vm::U256{31});
            m_out.op(Op::AND);
        }
        m_out.op(Op::ADD);
        m_out.lset(dst_cursor);
    };
    if (packed) {
        if (t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
            (t.kind == TypeKind::array && !t.length)) {
            copy_dynamic(tail, false, false);
            return;
        }
        if (t.kind == TypeKind::array && !check::is_reference_type(*t.element)) {
            m_out.lget(tail); // a fixed array of value types: its words, each padded to 32 bytes
            m_out.lget(value);
            m_out.push(32 * *t.length);
            m_out.op(Op::MCOPY);
            advance(tail, 32 * *t.length);
            return;
        }
        if (check::is_reference_type(t)) unsupported({}, "packed encoding of this type");
        unsigned size = packed_size(t);
        m_out.lget(tail);
        m_out.lget(value);
        if (!left_aligned(t) && size < 32) {
            m_out.push(8 * (32 - size));
            m_out.op(Op::SHL);
        }
        m_out.op(Op::MSTORE);
        advance(tail, size);
        return;
    }
    if (abi_is_dynamic(t)) {
        m_out.lget(head);
        m_out.lget(tail);
        m_out.lget(base);
        m_out.op(Op::SUB); // tail - base
        m_out.op(Op::MSTORE);
        advance(head, 32);
        if (is_nested(t) || t.kind == TypeKind::struct_)
            encode_nested_tail(t, value, tail);
        else
            copy_dynamic(tail, true, true);
        return;
    }
    if (t.kind == TypeKind::array && t.length && *t.length > unrolled_elements_max) {
        // a loop: `bytes32[3][500]` written out element by element is too much code to deploy
        std::uint16_t element_value = temp();
        m_out.push(*t.length);
        std::uint16_t length = to_temp();
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(value);
            m_out.lget(i);
            m_out.push(5);
            m_out.op(Op::SHL);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            m_out.lset(element_value);
            encode_value(*t.element, element_value, head, base, tail, false);
        });
        return;
    }
    if (t.kind == TypeKind::struct_ || (t.kind == TypeKind::array && t.length)) {
        std::size_t count = t.kind == TypeKind::struct_ ? t.struct_info->fields.size() : *t.length;
        std::uint16_t element_value = temp();
        for (std::size_t i = 0; i < count; ++i) { // static: every element is inline in the head
            const Type& element =
                t.kind == TypeKind::struct_ ? *t.struct_info->fields[i].type : *t.element;
            m_out.lget(value);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            m_out.lset(element_value);
            encode_value(element, element_value, head, base, tail, false);
        }
        return;
    }
    m_out.lget(head);
    m_out.lget(value);
    m_out.op(Op::MSTORE);
    advance(head, 32);
}

void FunctionCompiler::encode_nested_tail(const Type& t, std::uint16_t value, std::uint16_t tail) {
    // The contents form a tuple of their own at `tail`: [length] for a dynamic array, then the
    // elements' heads, then their tails; offsets are relative to the start of the heads.
    std::uint16_t count = temp();
    std::uint16_t first = temp(); // memory address of element 0 (a word per element)
    if (t.kind == TypeKind::array && !t.length) {
        m_out.lget(value);
        m_out.op(Op::MLOAD);
        m_out.lset(count);
        m_out.lget(tail);
        m_out.lget(count);
        m_out.op(Op::MSTORE);
        m_out.lget(tail);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.lset(tail);
        m_out.lget(value);
        m_out.push(32);
        m_out.op(Op::ADD);
    } else {
        m_out.push(t.kind == TypeKind::struct_ ? t.struct_info->fields.size() : *t.length);
        m_out.lset(count);
        m_out.lget(value);
    }
    m_out.lset(first);
    std::uint16_t inner_base = temp(), inner_head = temp(), inner_tail = temp();
    m_out.lget(tail);
    m_out.dup(1);
    m_out.lset(inner_base);
    m_out.dup(1);
    m_out.lset(inner_head);
    if (t.kind == TypeKind::struct_) {
        std::uint64_t heads = 0;
        for (const auto& f : t.struct_info->fields)
            heads += abi_head_size(*f.type);
        m_out.push(heads);
    } else {
        m_out.lget(count);
        m_out.push(abi_head_size(*t.element));
        m_out.op(Op::MUL);
    }
    m_out.op(Op::ADD);
    m_out.lset(inner_tail);
    std::uint16_t element_value = temp();
    auto load_element = [&](std::uint16_t index) {
        m_out.lget(first);
        m_out.lget(index);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        m_out.lset(element_value);
    };
    if (t.kind == TypeKind::struct_) {
        for (std::size_t i = 0; i < t.struct_info->fields.size(); ++i) {
            m_out.lget(first);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            m_out.op(Op::MLOAD);
            m_out.lset(element_value);
            encode_value(*t.struct_info->fields[i].type, element_value, inner_head, inner_base,
                         inner_tail, false);
        }
    } else {
        counted_loop(count, [&](std::uint16_t i) {
            load_element(i);
            encode_value(*t.element, element_value, inner_head, inner_base, inner_tail, false);
        });
    }
    m_out.lget(inner_tail);
    m_out.lset(tail);
}

void FunctionCompiler::accept_decoded(const Type& type) {
    const Type& t = check::value_representation(type);
    if (!m_contract.contract().abi_coder_v1) return validate(t);
    switch (t.kind) { // the legacy decoder's cleanup; enums stay checked (see LANGUAGE.md §3)
    case TypeKind::integer:
    case TypeKind::fixed_bytes:
        cleanup(t);
        return;
    case TypeKind::boolean:
        m_out.op(Op::ISZERO);
        m_out.op(Op::ISZERO);
        return;
    case TypeKind::address:
    case TypeKind::contract:
        cleanup(*check::uint_type(160));
        return;
    default:
        validate(t);
    }
}

void FunctionCompiler::validate(const Type& type) { // v -- v (reverts if not clean)
    const Type& t = check::value_representation(type);
    switch (t.kind) {
    case TypeKind::integer:
        if (t.bits == 256) return;
        break;
    case TypeKind::boolean:
        m_out.dup(1);
        m_out.push(2);
        m_out.op(Op::LT);
        revert_unless();
        return;
    case TypeKind::address:
    case TypeKind::contract:
        m_out.dup(1);
        m_out.dup(1);
        cleanup(*check::uint_type(160));
        m_out.op(Op::EQ);
        revert_unless();
        return;
    case TypeKind::enum_:
        m_out.dup(1);
        m_out.push(t.enum_info->values.size());
        m_out.op(Op::LT);
        revert_unless();
        return;
    case TypeKind::fixed_bytes:
        if (t.byte_size == 32) return;
        break;
    default:
        return;
    }
    m_out.dup(1);
    m_out.dup(1);
    cleanup(t);
    m_out.op(Op::EQ);
    revert_unless();
}

void FunctionCompiler::copy_calldata_dynamic(const Type& t, std::uint16_t at, std::uint16_t end,
                                             bool tail_checked) {
    if (!tail_checked) check_abi_offset(at, end);
    m_out.lget(at);
    m_out.op(Op::CALLDATALOAD);
    std::uint16_t length = to_temp();
    if (!tail_checked) {
        m_out.lget(length); // reject absurd lengths before allocating
        m_out.push(0xFFFFFFFFull);
        m_out.op(Op::GT);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    m_out.lget(at);
    m_out.push(32);
    m_out.op(Op::ADD);
    std::uint16_t data = to_temp();
    if (!tail_checked) check_abi_end(data, length, t.kind == TypeKind::array ? 32 : 1, end);
    m_out.lget(length);
    if (t.kind == TypeKind::array) {
        m_out.push(5);
        m_out.op(Op::SHL);
    }
    std::uint16_t size = to_temp();
    alloc_length_prefixed(length, size);
    std::uint16_t ptr = to_temp();
    m_out.lget(ptr);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.lget(size);
    m_out.op(Op::CALLDATACOPY);
    if (t.kind == TypeKind::array) validate_memory_elements(t, ptr);
    m_out.lget(ptr);
}

void FunctionCompiler::copy_memory_dynamic(const Type& t, std::uint16_t start) {
    m_out.lget(start);
    m_out.op(Op::MLOAD);
    const std::uint16_t length = to_temp();
    m_out.lget(length);
    if (t.kind == TypeKind::array) {
        m_out.push(5);
        m_out.op(Op::SHL);
    }
    const std::uint16_t size = to_temp();
    alloc_length_prefixed(length, size);
    const std::uint16_t ptr = to_temp();
    if (t.kind != TypeKind::array) { // zero the last word first: bytes beyond the length stay 0
        m_out.lget(ptr);
        m_out.lget(size);
        m_out.push(~vm::U256{31});
        m_out.op(Op::AND);
        m_out.op(Op::ADD);
        m_out.push(32);
        m_out.op(Op::ADD);
        m_out.push(0);
        m_out.op(Op::MSTORE);
    }
    m_out.lget(ptr);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(start);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(size);
    m_out.op(Op::MCOPY);
    m_out.lget(ptr);
}

void FunctionCompiler::decode_nested(const Type& t, bool calldata, std::uint16_t at,
                                     std::uint16_t base, std::uint16_t end, bool tail_checked) {
    const Op load = calldata ? Op::CALLDATALOAD : Op::MLOAD;
    if (!check::is_reference_type(t)) {
        m_out.lget(at);
        m_out.op(load);
        accept_decoded(t);
        return;
    }
    std::uint16_t start = at; // where the contents begin
    if (abi_is_dynamic(t)) {
        m_out.lget(at); // an offset from the tuple's start; absurd ones revert
        m_out.op(load);
        if (!tail_checked) {
            m_out.dup(1);
            m_out.push(0xFFFFFFFFull);
            m_out.op(Op::GT);
            m_out.op(Op::ISZERO);
            revert_unless();
        }
        m_out.lget(base);
        m_out.op(Op::ADD);
        start = to_temp();
    }
    if (!is_nested(t) && t.kind != TypeKind::struct_ && !(t.kind == TypeKind::array && t.length)) {
        if (calldata) return copy_calldata_dynamic(t, start, end, tail_checked);
        check_memory_dynamic(t, start, end); // bytes, string, value array
        copy_memory_dynamic(t, start);
        return;
    }
    if (!abi_is_dynamic(t) && !tail_checked) { // a static struct or array lies in the head
        m_out.lget(at);
        m_out.push(abi_head_size(t));
        m_out.op(Op::ADD);
        m_out.lget(end);
        m_out.op(Op::GT);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    std::uint16_t element_at = temp();
    if (t.kind == TypeKind::array && !t.length) {
        if (!tail_checked) check_abi_offset(start, end);
        m_out.lget(start);
        m_out.op(load);
        std::uint16_t length = to_temp();
        if (!tail_checked) {
            m_out.lget(length);
            m_out.push(0xFFFFFFFFull);
            m_out.op(Op::GT);
            m_out.op(Op::ISZERO);
            revert_unless();
        }
        m_out.lget(start);
        m_out.push(32);
        m_out.op(Op::ADD);
        std::uint16_t data = to_temp();
        if (!tail_checked) check_abi_end(data, length, abi_head_size(*t.element), end);
        m_out.lget(length);
        m_out.push(5);
        m_out.op(Op::SHL);
        m_out.push(32);
        m_out.op(Op::ADD);
        alloc_dynamic();
        std::uint16_t ptr = to_temp();
        m_out.lget(ptr);
        m_out.lget(length);
        m_out.op(Op::MSTORE);
        m_out.lget(start);
        m_out.push(32);
        m_out.op(Op::ADD);
        std::uint16_t inner = to_temp();
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(i);
            m_out.push(abi_head_size(*t.element));
            m_out.op(Op::MUL);
            m_out.lget(inner);
            m_out.op(Op::ADD);
            m_out.lset(element_at);
            m_out.lget(ptr);
            m_out.push(32);
            m_out.op(Op::ADD);
            m_out.lget(i);
            m_out.push(5);
            m_out.op(Op::SHL);
            m_out.op(Op::ADD);
            decode_element(*t.element, calldata, element_at, inner, end);
            m_out.op(Op::MSTORE);
        });
        m_out.lget(ptr);
        return;
    }
    std::size_t count = t.kind == TypeKind::struct_ ? t.struct_info->fields.size() : *t.length;
    if (abi_is_dynamic(t) && !tail_checked) { // its heads, in the tail, must end by `end`
        m_out.lget(start);
        m_out.push(abi_heads_size(t));
        m_out.op(Op::ADD);
        m_out.lget(end);
        m_out.op(Op::GT);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    alloc(32 * count);
    std::uint16_t ptr = to_temp();
    std::uint64_t offset = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Type& element =
            t.kind == TypeKind::struct_ ? *t.struct_info->fields[i].type : *t.element;
        m_out.lget(start);
        m_out.push(offset);
        m_out.op(Op::ADD);
        m_out.lset(element_at);
        m_out.lget(ptr);
        m_out.push(32 * i);
        m_out.op(Op::ADD);
        if (t.kind == TypeKind::array)
            decode_element(element, calldata, element_at, start, end);
        else
            decode_nested(element, calldata, element_at, start, end);
        m_out.op(Op::MSTORE);
        offset += abi_head_size(element);
    }
    m_out.lget(ptr);
}

void FunctionCompiler::decode_element(const Type& t, bool calldata, std::uint16_t at,
                                      std::uint16_t base, std::uint16_t end) {
    if (calldata && m_lazy_calldata) return decode_calldata_element(t, at, base, end);
    decode_nested(t, calldata, at, base, end);
}

void FunctionCompiler::decode_calldata(const Type& t, std::uint64_t pos, std::uint64_t base) {
    if (!check::is_reference_type(t)) {
        m_out.push(pos);
        m_out.op(Op::CALLDATALOAD);
        accept_decoded(t);
        return;
    }
    m_out.op(Op::CALLDATASIZE); // the end of the arguments' tuple
    std::uint16_t end = to_temp();
    if (is_nested(t)) {
        m_out.push(pos);
        std::uint16_t at = to_temp();
        m_out.push(base);
        std::uint16_t tuple = to_temp();
        // Elements are checked lazily only in a `calldata` parameter: a `memory` one is
        // decoded and checked whole on entry, as solc does.
        const bool outer = m_lazy_calldata;
        m_lazy_calldata = t.location == check::Location::calldata;
        decode_nested(t, true, at, tuple, end);
        m_lazy_calldata = outer;
        return;
    }
    if (t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
        (t.kind == TypeKind::array && !t.length)) {
        m_out.push(pos); // an offset from the tuple's start; absurd ones revert
        m_out.op(Op::CALLDATALOAD);
        m_out.dup(1);
        m_out.push(0xFFFFFFFFull);
        m_out.op(Op::GT);
        m_out.op(Op::ISZERO);
        revert_unless();
        m_out.push(base);
        m_out.op(Op::ADD);
        copy_calldata_dynamic(t, to_temp(), end); // from the absolute offset of the length word
        return;
    }
    if (t.kind == TypeKind::struct_ || (t.kind == TypeKind::array && t.length)) {
        std::size_t count = t.kind == TypeKind::struct_ ? t.struct_info->fields.size() : *t.length;
        alloc(32 * count);
        for (std::size_t i = 0; i < count; ++i) {
            const Type& element =
                t.kind == TypeKind::struct_ ? *t.struct_info->fields[i].type : *t.element;
            m_out.dup(1);
            m_out.push(32 * i);
            m_out.op(Op::ADD);
            decode_calldata(element, pos + 32 * i, base);
            m_out.op(Op::MSTORE);
        }
        return;
    }
    unsupported({}, "decoding a parameter of type " + check::to_string(t));
}

void FunctionCompiler::decode_memory(const Type& t, std::uint16_t base, std::uint64_t offset,
                                     std::uint16_t end) {
    if (!check::is_reference_type(t)) {
        m_out.lget(base);
        m_out.push(offset);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        accept_decoded(t);
        return;
    }
    if (is_nested(t)) {
        m_out.lget(base);
        m_out.push(offset);
        m_out.op(Op::ADD);
        decode_nested(t, false, to_temp(), base, end);
        return;
    }
    if (t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
        (t.kind == TypeKind::array && !t.length)) {
        // [length][data] at base + the offset word, copied: the result must not alias the buffer
        m_out.lget(base);
        m_out.push(offset);
        m_out.op(Op::ADD);
        m_out.op(Op::MLOAD);
        m_out.dup(1); // an offset from the tuple's start; absurd ones revert
        m_out.push(0xFFFFFFFFull);
        m_out.op(Op::GT);
        m_out.op(Op::ISZERO);
        revert_unless();
        m_out.lget(base);
        m_out.op(Op::ADD);
        std::uint16_t start = to_temp();
        check_memory_dynamic(t, start, end);
        copy_memory_dynamic(t, start);
        return;
    }
    if (t.kind == TypeKind::struct_ || (t.kind == TypeKind::array && t.length)) {
        m_out.lget(base); // static: the values are inline, in the memory layout already
        m_out.push(offset);
        m_out.op(Op::ADD);
        std::uint16_t start = to_temp();
        validate_memory_elements(t, start);
        alloc(abi_head_size(t)); // a copy, as solc decodes one: no alias of the buffer
        m_out.dup(1);
        m_out.lget(start);
        m_out.push(abi_head_size(t));
        m_out.op(Op::MCOPY);
        return;
    }
    unsupported({}, "decoding a value of type " + check::to_string(t));
}

void FunctionCompiler::abi_encode_builtin(const ast::Call& c, check::Builtin which) {
    using B = check::Builtin;
    std::vector<TypePtr> types;
    std::vector<std::uint16_t> values;
    std::size_t first = 0;
    std::optional<std::uint32_t> selector;
    std::optional<std::uint16_t> dynamic_selector;
    const std::vector<ast::Expression>* arguments = &c.arguments;
    std::vector<ast::Expression> call_arguments;
    if (which == B::abi_encode_with_signature) {
        auto literal =
            c.arguments.empty() ? nullptr : ast::get_if<ast::StringLiteral>(c.arguments[0]);
        if (literal) {
            auto s = vm::selector_of(literal->value);
            selector = (std::uint32_t{s[0]} << 24) | (std::uint32_t{s[1]} << 16) |
                       (std::uint32_t{s[2]} << 8) | s[3];
        } else if (!c.arguments.empty()) { // computed: the first 4 bytes of keccak256(signature)
            expression_as(c.arguments[0], check::string_type());
            data_and_length();
            m_out.op(Op::KECCAK256);
            m_out.push(vm::shl(vm::U256{0xFFFFFFFFu}, 224));
            m_out.op(Op::AND);
            dynamic_selector = to_temp();
        }
        first = 1;
    } else if (which == B::abi_encode_with_selector) {
        if (c.arguments.empty()) unsupported(c.span, "abi.encodeWithSelector without a selector");
        expression_as(c.arguments[0], check::fixed_bytes_type(4));
        dynamic_selector = to_temp();
        first = 1;
    } else if (which == B::abi_encode_call) {
        if (c.arguments.size() != 2)
            unsupported(c.span, "abi.encodeCall needs a function and a tuple");
        TypePtr f = type_of(c.arguments[0]);
        if (!f->function) unsupported(c.span, "abi.encodeCall of something that is not a function");
        selector = f->function->selector;
        if (auto tuple = ast::get_if<ast::TupleExpr>(c.arguments[1])) {
            for (const auto& e : tuple->elements)
                if (e) call_arguments.push_back(*e);
        } else {
            call_arguments.push_back(c.arguments[1]);
        }
        arguments = &call_arguments;
        for (std::size_t i = 0; i < arguments->size() && i < f->function->parameter_types.size();
             ++i) {
            expression_as((*arguments)[i], f->function->parameter_types[i]);
            types.push_back(f->function->parameter_types[i]);
            values.push_back(to_temp());
        }
        abi_encode(types, values, selector);
        return;
    }
    for (std::size_t i = first; i < arguments->size(); ++i) {
        TypePtr t = type_of((*arguments)[i]);
        if (t->kind == TypeKind::rational) t = check::mobile_type(*t);
        if (t->kind == TypeKind::string_literal) t = check::string_type();
        if (check::is_reference_type(*t)) t = check::with_location(t, check::Location::memory);
        expression_as((*arguments)[i], t);
        types.push_back(t);
        values.push_back(to_temp());
    }
    if (dynamic_selector) return abi_encode_with_dynamic_selector(types, values, *dynamic_selector);
    abi_encode(types, values, selector, which == B::abi_encode_packed);
}

void FunctionCompiler::abi_encode_with_dynamic_selector(const std::vector<TypePtr>& types,
                                                        const std::vector<std::uint16_t>& temps,
                                                        std::uint16_t selector_temp) {
    // Encode with a placeholder selector, then overwrite its 4 bytes with the real one.
    abi_encode(types, temps, 0u);
    std::uint16_t data = to_temp();
    m_out.lget(data); // word at data+32 starts with the selector: keep the other 28 bytes
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::MLOAD);
    m_out.push(~vm::shl(vm::U256{0xFFFFFFFFu}, 224));
    m_out.op(Op::AND);
    m_out.lget(selector_temp);
    m_out.op(Op::OR);
    m_out.op(Op::MSTORE);
    m_out.lget(data);
}

int FunctionCompiler::abi_decode_builtin(const ast::Call& c) {
    if (c.arguments.size() != 2) unsupported(c.span, "abi.decode needs data and a type tuple");
    TypePtr result = m_model.type_of(c.id);
    std::vector<TypePtr> types =
        result->kind == TypeKind::tuple ? result->components : std::vector<TypePtr>{result};
    expression_as(c.arguments[0], check::bytes_type());
    std::uint16_t data = to_temp();
    std::uint64_t head = 0;
    for (const TypePtr& t : types)
        head += abi_head_size(*t);
    m_out.lget(data); // too short: revert, as solc does
    m_out.op(Op::MLOAD);
    m_out.push(head);
    m_out.op(Op::LT);
    m_out.op(Op::ISZERO);
    revert_unless();
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    std::uint16_t base = to_temp();
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    m_out.lget(base);
    m_out.op(Op::ADD);
    std::uint16_t end = to_temp();
    std::uint64_t offset = 0;
    for (const TypePtr& t : types) {
        decode_memory(*t, base, offset, end);
        offset += abi_head_size(*t);
    }
    return static_cast<int>(types.size());
}

void FunctionCompiler::revert_with_message(const std::string& message) {
    // Error(string): selector, offset 0x20, length, data padded to words.
    std::size_t words = (message.size() + 31) / 32;
    load_free_pointer();
    std::uint16_t p = to_temp();
    m_out.lget(p);
    m_out.push(vm::shl(vm::U256{0x08c379a0u}, 224));
    m_out.op(Op::MSTORE);
    m_out.lget(p);
    m_out.push(4);
    m_out.op(Op::ADD);
    m_out.push(32);
    m_out.op(Op::MSTORE);
    m_out.lget(p);
    m_out.push(36);
    m_out.op(Op::ADD);
    m_out.push(message.size());
    m_out.op(Op::MSTORE);
    for (std::size_t w = 0; w < words; ++w) {
        std::uint8_t bytes[32] = {};
        for (std::size_t i = 0; i < 32 && 32 * w + i < message.size(); ++i)
            bytes[i] = static_cast<std::uint8_t>(message[32 * w + i]);
        m_out.lget(p);
        m_out.push(68 + 32 * w);
        m_out.op(Op::ADD);
        m_out.push(vm::load_be(bytes));
        m_out.op(Op::MSTORE);
    }
    m_out.lget(p);
    m_out.push(68 + 32 * words);
    m_out.op(Op::REVERT);
}

void FunctionCompiler::revert_with_data_on_stack() { // bytes --
    data_and_length();
    m_out.op(Op::REVERT);
}

void FunctionCompiler::bubble_revert() {
    load_free_pointer();
    m_out.dup(1);
    m_out.push(0);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::RETURNDATACOPY);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::REVERT);
}

} // namespace mallory::lang::codegen
