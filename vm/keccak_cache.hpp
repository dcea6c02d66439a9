#pragma once
// A small direct-mapped memo of Keccak-256 over short inputs. Contracts hash the same
// 64-byte (key, slot) pairs over and over to address mappings, and one Keccak-f permutation
// costs as much as hundreds of simple instructions; hashing is pure, so a hit is exact.
// Measured on bench/vm_bench transfer: removes most of the hashing time.

#include "vm/keccak.hpp"

#include <array>
#include <cstring>

namespace mallory::vm {

class KeccakCache {
public:
    static constexpr std::size_t kMaxInput = 64;
    static constexpr std::size_t kEntries = 256;

    U256 hash(BytesView data) noexcept {
        if (data.size() > kMaxInput) return keccak256_word(data);
        Entry& e = m_entries[index(data)];
        if (e.len == data.size() &&
            (data.empty() || std::memcmp(e.input.data(), data.data(), data.size()) == 0))
            return e.hash;
        e.len = static_cast<std::uint8_t>(data.size());
        if (!data.empty()) std::memcpy(e.input.data(), data.data(), data.size());
        e.hash = keccak256_word(data);
        return e.hash;
    }

private:
    struct Entry {
        std::array<std::uint8_t, kMaxInput> input{};
        std::uint8_t len = 0xFF; ///< never equal to a real length: empty entry
        U256 hash;
    };
    static std::size_t index(BytesView d) noexcept {
        std::uint64_t h = d.size() * 0x9E3779B97F4A7C15ULL;
        for (std::size_t i = 0; i + 8 <= d.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, d.data() + i, 8);
            h = (h ^ w) * 0x100000001B3ULL;
        }
        for (std::size_t i = d.size() & ~std::size_t{7}; i < d.size(); ++i)
            h = (h ^ d[i]) * 0x100000001B3ULL;
        return static_cast<std::size_t>(h >> 56) % kEntries;
    }
    std::array<Entry, kEntries> m_entries{};
};

} // namespace mallory::vm
