#pragma once
// Solidity 0.8 checked arithmetic for every uintN/intN. Values on the stack are "clean": an
// uintN value is < 2^N, an intN value is sign-extended to 256 bits (as solc keeps them).
// Each function returns 0 and writes the result, or returns the Panic code (0x11 overflow,
// 0x12 division by zero) and leaves `r` unspecified.

#include "vm/opcodes.hpp"
#include "vm/u256.hpp"

#include <cstdint>

namespace mallory::vm {

/// Largest value of the type (2^N - 1 or 2^(N-1) - 1).
U256 type_max(IntType t) noexcept;
/// Smallest value of the type as a 256-bit two's complement word (0 or -2^(N-1)).
U256 type_min(IntType t) noexcept;
/// Whether a 256-bit word is a clean value of the type.
bool in_range(IntType t, const U256& v) noexcept;
/// Low 8*bytes bits (TRUNC) and sign extension from 8*bytes bits (SEXT).
U256 truncate_bytes(const U256& v, unsigned bytes) noexcept;
U256 sign_extend_bytes(const U256& v, unsigned bytes) noexcept;

std::uint8_t checked_add(IntType t, const U256& a, const U256& b, U256& r) noexcept;
std::uint8_t checked_sub(IntType t, const U256& a, const U256& b, U256& r) noexcept;
std::uint8_t checked_mul(IntType t, const U256& a, const U256& b, U256& r) noexcept;
std::uint8_t checked_div(IntType t, const U256& a, const U256& b, U256& r) noexcept;
std::uint8_t checked_mod(IntType t, const U256& a, const U256& b, U256& r) noexcept;
std::uint8_t checked_neg(IntType t, const U256& a, U256& r) noexcept;
/// base ** e in the type of `base`; `e` is unsigned (as Solidity requires).
std::uint8_t checked_exp(IntType t, const U256& base, const U256& e, U256& r) noexcept;

/// uint256 fast path used by the interpreter's CADD before falling back to checked_add.
inline bool add_u256_fast(const U256& a, const U256& b, U256& r) noexcept {
    bool carry = false;
    r = add_carry(a, b, carry);
    return !carry;
}

} // namespace mallory::vm
