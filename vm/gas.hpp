#pragma once
// Gas: named costs (Berlin/London values) and one small helper per dynamic cost. The static
// cost of each instruction lives in vm/opcodes.def; everything charged on top is here.

#include "vm/u256.hpp"

#include <cstdint>

namespace mallory::vm {

/// Gas amounts are signed so that "charge, then test for negative" is one subtraction.
using Gas = std::int64_t;

namespace gas {
inline constexpr Gas memory_word = 3;           ///< linear part of memory expansion
inline constexpr Gas memory_quad_divisor = 512; ///< words^2 / 512
inline constexpr Gas copy_word = 3;             ///< per word copied (CALLDATACOPY, MCOPY, ...)
inline constexpr Gas keccak_word = 6;
inline constexpr Gas sha256_word = 12; ///< as the EVM's SHA-256 precompile
inline constexpr Gas log_byte = 8;
inline constexpr Gas exp_byte = 50;
inline constexpr Gas cold_account_extra = 2500; ///< EIP-2929: 2600 cold - 100 warm
inline constexpr Gas cold_sload_extra = 2000;   ///< EIP-2929: 2100 cold - 100 warm
inline constexpr Gas cold_sload = 2100;
inline constexpr Gas warm_read = 100;
inline constexpr Gas sstore_set = 20000;
inline constexpr Gas sstore_reset = 5000 - cold_sload; ///< 2900
inline constexpr Gas sstore_clears_refund = 4800;      ///< EIP-3529
inline constexpr Gas sstore_sentry = 2300;             ///< EIP-2200: SSTORE needs more than this
inline constexpr Gas call_value = 9000;
inline constexpr Gas call_stipend = 2300;
inline constexpr Gas new_account = 25000;
inline constexpr Gas code_deposit_byte = 200;
inline constexpr Gas tx_base = 21000;
inline constexpr Gas tx_create = 32000;
inline constexpr Gas tx_data_zero = 4;
inline constexpr Gas tx_data_nonzero = 16;
inline constexpr Gas max_refund_quotient = 5; ///< EIP-3529: refund <= gas used / 5
/// Memory beyond this many bytes is refused as out of gas (it could never be paid for in
/// practice, and it keeps offsets in 32-bit range after the check).
inline constexpr std::uint64_t max_memory = 1ULL << 32;
} // namespace gas

/// Total cost of a memory of `words` 32-byte words: 3*w + w^2/512.
constexpr Gas memory_cost(std::uint64_t words) noexcept {
    const auto w = static_cast<Gas>(words);
    return gas::memory_word * w + w * w / gas::memory_quad_divisor;
}

constexpr std::uint64_t num_words(std::uint64_t bytes) noexcept {
    return (bytes + 31) / 32;
}

/// Per-word copy cost of `len` bytes (CALLDATACOPY, RETURNDATACOPY, MCOPY).
constexpr Gas copy_cost(std::uint64_t len) noexcept {
    return gas::copy_word * static_cast<Gas>(num_words(len));
}

/// Dynamic part of EXP: 50 per byte of the exponent.
constexpr Gas exp_cost(const U256& exponent) noexcept {
    return gas::exp_byte * static_cast<Gas>(byte_length(exponent));
}

/// Result of pricing an SSTORE (EIP-2200 with EIP-2929 and EIP-3529).
struct SstoreCost {
    Gas gas;
    Gas refund; ///< may be negative: a refund given earlier in the transaction is taken back
};

/// Gas and refund of writing `value` to a slot whose value at the start of the transaction was
/// `original` and is now `current`; `cold` when this is the slot's first access.
constexpr SstoreCost sstore_cost(const U256& original, const U256& current, const U256& value,
                                 bool cold) noexcept {
    Gas g = cold ? gas::cold_sload : 0;
    Gas refund = 0;
    if (current == value) return {g + gas::warm_read, 0};
    if (original == current) {
        if (original.is_zero()) return {g + gas::sstore_set, 0};
        if (value.is_zero()) refund = gas::sstore_clears_refund;
        return {g + gas::sstore_reset, refund};
    }
    g += gas::warm_read;
    if (!original.is_zero()) {
        if (current.is_zero())
            refund -= gas::sstore_clears_refund;
        else if (value.is_zero())
            refund += gas::sstore_clears_refund;
    }
    if (original == value)
        refund += original.is_zero() ? gas::sstore_set - gas::warm_read
                                     : gas::sstore_reset - gas::warm_read;
    return {g, refund};
}

/// EIP-150: a caller can forward at most all but one 64th of its remaining gas.
constexpr Gas max_call_gas(Gas available) noexcept {
    return available - available / 64;
}

/// Intrinsic gas of a transaction's data (EIP-2028).
constexpr Gas calldata_cost(const std::uint8_t* data, std::size_t len) noexcept {
    Gas g = 0;
    for (std::size_t i = 0; i < len; ++i)
        g += data[i] ? gas::tx_data_nonzero : gas::tx_data_zero;
    return g;
}

} // namespace mallory::vm
