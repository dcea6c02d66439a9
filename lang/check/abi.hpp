#pragma once
/// Keccak-256 and the Ethereum ABI identifiers derived from it: 4-byte function/error selectors,
/// event topics, and EIP-55 address checksums.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mallory::lang::check {

using Hash256 = std::array<std::uint8_t, 32>;

/// Keccak-256 (the Ethereum variant, not SHA3-256) of `data`.
Hash256 keccak256(std::string_view data);
/// The first four bytes of keccak256(signature), big-endian: `transfer(address,uint256)` ->
/// 0xa9059cbb.
std::uint32_t selector_of(std::string_view signature);
/// `0xa9059cbb`
std::string selector_hex(std::uint32_t selector);
/// EIP-55 mixed-case spelling of 40 hex digits (no 0x prefix in or out).
std::string checksum_address(std::string_view hex40);

} // namespace mallory::lang::check
