#pragma once
// Basic value types shared by the VM's interfaces: byte strings, addresses, hashes.

#include "vm/u256.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::vm {

using Bytes = std::vector<std::uint8_t>;
using BytesView = std::span<const std::uint8_t>;

/// A 20-byte account address, big-endian as on Ethereum.
struct Address {
    std::array<std::uint8_t, 20> bytes{};

    friend bool operator==(const Address&, const Address&) = default;
    friend auto operator<=>(const Address&, const Address&) = default;

    /// The low 160 bits of a word (how the EVM turns a stack item into an address).
    static Address from_word(const U256& v) noexcept {
        Address a;
        const auto b = to_bytes(v);
        std::memcpy(a.bytes.data(), b.data() + 12, 20);
        return a;
    }
    [[nodiscard]] U256 to_word() const noexcept { return load_be_partial(bytes.data(), 20); }
    /// Convenience for tests and fixed addresses: the address whose value is `v`.
    static Address from_u64(std::uint64_t v) noexcept { return from_word(U256{v}); }
    [[nodiscard]] bool is_zero() const noexcept { return *this == Address{}; }
};

/// "0x" + 40 lowercase hex digits.
std::string to_hex(const Address& a);
std::string to_hex(BytesView b);

/// 32-byte Keccak-256 digest (Ethereum's padding).
using Hash = std::array<std::uint8_t, 32>;

} // namespace mallory::vm

template <> struct std::hash<mallory::vm::Address> {
    std::size_t operator()(const mallory::vm::Address& a) const noexcept {
        std::uint64_t x, y;
        std::uint32_t z;
        std::memcpy(&x, a.bytes.data(), 8);
        std::memcpy(&y, a.bytes.data() + 8, 8);
        std::memcpy(&z, a.bytes.data() + 16, 4);
        const std::uint64_t h = (x * 0x9E3779B97F4A7C15ULL) ^ (y + 0xC2B2AE3D27D4EB4FULL) ^ z;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};
