// Index range access `x[a:b]` on calldata arrays, and the conversion of `bytes` (a slice among
// them) to `bytesN`.
//
// Mallory decodes calldata into memory when a function starts, so a calldata array is a memory
// pointer (the length word, then the elements). A slice gets the same form: a fresh copy of the
// elements in range. Calldata is read-only, so the copy cannot be told apart from solc's
// (offset, length) view except by gas.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

/// log2 of the bytes an element of `array` takes in memory: 0 for `bytes`/`string`, else 5 (a
/// word: a value or a pointer to a reference-type element).
unsigned stride_shift(const Type& array) {
    return is_byte_array(array) ? 0 : 5;
}

} // namespace

// solc's calldata_array_index_range_access: the base, the start (0 when omitted), the end (the
// length when omitted), in that order; `start > end` or `end > length` revert without data.
void FunctionCompiler::index_range_access(const ast::IndexRangeAccess& r) {
    TypePtr base = type_of(r.object);
    if (!base || base->location != check::Location::calldata)
        unsupported(r.span, "an index range access on this type");
    expression(r.object);
    std::uint16_t array = to_temp();
    if (r.start)
        expression_as(*r.start, check::uint_type());
    else
        m_out.push(0);
    std::uint16_t start = to_temp();
    if (r.end) {
        expression_as(*r.end, check::uint_type());
    } else {
        m_out.lget(array);
        m_out.op(Op::MLOAD);
    }
    std::uint16_t end = to_temp();
    span(r.span);
    m_out.lget(end); // start <= end
    m_out.lget(start);
    m_out.op(Op::LT);
    m_out.op(Op::ISZERO);
    revert_unless();
    m_out.lget(array); // end <= length
    m_out.op(Op::MLOAD);
    m_out.lget(end);
    m_out.op(Op::LT);
    m_out.op(Op::ISZERO);
    revert_unless();
    copy_elements(*base, array, start, end);
}

void FunctionCompiler::copy_elements(const Type& array, std::uint16_t source, std::uint16_t start,
                                     std::uint16_t end) { // -- copy
    const unsigned shift = stride_shift(array);
    m_out.lget(end);
    m_out.lget(start);
    m_out.op(Op::SUB);
    std::uint16_t count = to_temp();
    m_out.lget(count);
    if (shift) {
        m_out.push(shift);
        m_out.op(Op::SHL);
    }
    std::uint16_t size = to_temp(); // bytes of elements
    m_out.lget(size);
    m_out.push(31);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    std::uint16_t padded = to_temp();
    m_out.lget(padded);
    m_out.push(32);
    m_out.op(Op::ADD);
    alloc_dynamic();
    std::uint16_t copy = to_temp();
    // The last word's padding must read as zero (abi.encode copies whole words); with no
    // elements this writes the length word, set next.
    m_out.lget(copy);
    m_out.lget(padded);
    m_out.op(Op::ADD);
    m_out.push(0);
    m_out.op(Op::MSTORE);
    m_out.lget(copy);
    m_out.lget(count);
    m_out.op(Op::MSTORE);
    m_out.lget(copy); // MCOPY dst src len
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(source);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(start);
    if (shift) {
        m_out.push(shift);
        m_out.op(Op::SHL);
    }
    m_out.op(Op::ADD);
    m_out.lget(size);
    m_out.op(Op::MCOPY);
    m_out.lget(copy);
}

// `bytesN(b)` (solc 0.8.5+): the first N bytes of `b`, zero-padded on the right when `b` is
// shorter. The word after the length may hold other data past the end of `b`: it is cut to
// min(length, N) bytes.
void FunctionCompiler::bytes_to_fixed_bytes(const Type& from, unsigned size) { // b -- bytesN
    if (from.location == check::Location::storage) storage_bytes_to_memory();
    std::uint16_t pointer = to_temp();
    m_out.lget(pointer);
    m_out.op(Op::MLOAD);
    std::uint16_t length = to_temp();
    m_out.lget(length); // min(length, N) = N + (length < N) * (length - N)
    m_out.push(size);
    m_out.op(Op::LT);
    m_out.lget(length);
    m_out.push(size);
    m_out.op(Op::SUB);
    m_out.op(Op::MUL);
    m_out.push(size);
    m_out.op(Op::ADD);
    std::uint16_t count = to_temp();
    m_out.lget(pointer);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.op(Op::MLOAD);
    keep_leading_bytes(count);
}

} // namespace mallory::lang::codegen
