#pragma once
// The EVM's precompiled contracts that Mallory runs: 0x01 (ecrecover), 0x02 (SHA-256), 0x03
// (RIPEMD-160), 0x04 (identity), 0x05 (modexp), 0x06/0x07 (BN254 addition and scalar
// multiplication) and 0x09 (BLAKE2b F). A call to one of them runs no bytecode: the executor
// asks here first, with the EVM's price for the input. Not implemented: the BN254 pairing
// check (0x08) and the KZG point evaluation (0x0a); calls to them go to ordinary empty accounts.

#include "vm/message.hpp"

#include <cstdint>
#include <optional>

namespace mallory::vm {

/// The addresses of the precompiles Mallory runs (the table in precompiles.cpp is keyed by
/// them; the compiler calls ecrecover at its address, as solc does).
namespace precompile {
inline constexpr std::uint8_t ecrecover_address = 0x01;
inline constexpr std::uint8_t sha256_address = 0x02;
inline constexpr std::uint8_t ripemd160_address = 0x03;
inline constexpr std::uint8_t identity_address = 0x04;
inline constexpr std::uint8_t modexp_address = 0x05;
inline constexpr std::uint8_t bn254_add_address = 0x06;
inline constexpr std::uint8_t bn254_mul_address = 0x07;
inline constexpr std::uint8_t blake2f_address = 0x09;
} // namespace precompile

/// The result of calling precompile `msg.code_address`, or nothing when that address is not
/// one Mallory implements (the call then goes on as to any other account). Out of gas and an
/// invalid input (Status::PrecompileFailure) consume all of `msg.gas`, as on the EVM.
std::optional<Result> run_precompile(const Message& msg);

} // namespace mallory::vm
