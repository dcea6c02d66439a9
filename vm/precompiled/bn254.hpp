#pragma once
// Precompiles 0x06 and 0x07: addition and scalar multiplication on the alt_bn128 (BN254)
// curve y^2 = x^3 + 3 (EIP-196, priced as EIP-1108). Points are two 32-byte big-endian
// coordinates, (0, 0) being the point at infinity; a coordinate not below the field prime or
// a point off the curve fails the call (all gas consumed). The pairing check (0x08) is not
// implemented: calls to it go on as to an ordinary empty account (vm/README.md).

#include "vm/gas.hpp"
#include "vm/types.hpp"

#include <optional>

namespace mallory::vm::precompiled {

inline constexpr Gas bn254_add_gas = 150;
inline constexpr Gas bn254_mul_gas = 6000;

/// Input (x1, y1, x2, y2), zero-padded to 128 bytes: the sum, or nothing for an invalid point.
std::optional<Bytes> bn254_add(BytesView input);
/// Input (x, y, k), zero-padded to 96 bytes: k times the point, or nothing for an invalid one.
std::optional<Bytes> bn254_mul(BytesView input);

} // namespace mallory::vm::precompiled
