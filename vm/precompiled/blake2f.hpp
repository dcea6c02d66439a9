#pragma once
// Precompile 0x09: the BLAKE2b compression function F (EIP-152). Input, exactly 213 bytes:
// rounds (4 bytes big-endian), state h (8 little-endian 64-bit words), message block m (16
// words), offset counter t (2 words), final-block flag f (one byte, 0 or 1). Output: the new
// state h, 64 bytes. One gas per round.

#include "vm/gas.hpp"
#include "vm/types.hpp"

#include <optional>

namespace mallory::vm::precompiled {

inline constexpr std::size_t blake2f_input_size = 213;

/// The price: the number of rounds (0 for a malformed input, which then fails).
Gas blake2f_gas(BytesView input);
/// The compressed state, or nothing when the input is not 213 bytes or the flag is not 0/1.
std::optional<Bytes> blake2f(BytesView input);

} // namespace mallory::vm::precompiled
