#pragma once
// Precompile 0x05: modular exponentiation of big integers (EIP-198), priced as EIP-2565.
// Input: three 32-byte lengths (base, exponent, modulus), then the three numbers big-endian,
// missing bytes read as zero. Output: base^exp mod modulus, left-padded to the modulus length.

#include "vm/gas.hpp"
#include "vm/types.hpp"

namespace mallory::vm::precompiled {

/// Lengths beyond this fail as out of gas. Mallory's bound, not the EVM's: only a call given
/// billions of gas (hundreds of blocks' worth) could afford such operands, and allocating them
/// must not exhaust the host.
inline constexpr std::uint64_t modexp_max_length = std::uint64_t{1} << 20;
/// Costs beyond this fail as out of gas, for the same reason: the work grows with the price.
inline constexpr Gas modexp_max_gas = Gas{1} << 32;

/// The EIP-2565 price of an input; above `modexp_max_gas` (or with a length above
/// `modexp_max_length`) the price is the largest Gas, so the call runs out of gas.
Gas modexp_gas(BytesView input);
/// The result of an input whose price was paid.
Bytes modexp(BytesView input);

} // namespace mallory::vm::precompiled
