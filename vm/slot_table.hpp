#pragma once
// A storage table: open addressing (linear probing) over indices into a chunked array of slots.
// Slots never move (a reference stays valid while others are inserted), inserting never copies
// the table's payload, and a lookup touches one index word and one slot: far less memory and
// time per slot than a node-based map. The VM's state (vm/memory_state.cpp) and the chain's
// world state (chain/state.cpp) both keep their storage in it, each with its own slot type
// (anything with a `U256 key` member).

#include "vm/chunked_vector.hpp"
#include "vm/u256.hpp"

#include <cstdint>
#include <vector>

namespace mallory::vm {

template <class Slot> class SlotTable {
public:
    static constexpr std::uint32_t none = UINT32_MAX;

    SlotTable() : m_index(16, 0), m_bits(4) {}

    Slot& at(std::uint32_t i) noexcept { return m_slots[i]; }
    const Slot& at(std::uint32_t i) const noexcept { return m_slots[i]; }
    /// Slots ever inserted (zero-valued ones included), indexable by at().
    [[nodiscard]] std::size_t size() const noexcept { return m_slots.size(); }

    /// Index of the slot for `key`, or `none`.
    [[nodiscard]] std::uint32_t find(const U256& key) const noexcept {
        for (std::size_t p = home(key);; p = (p + 1) & mask()) {
            const std::uint32_t e = m_index[p];
            if (e == 0) return none;
            if (m_slots[e - 1].key == key) return e - 1;
        }
    }

    /// Index of the slot for `key`, inserting a value-initialised one (with that key) first.
    std::uint32_t find_or_insert(const U256& key) {
        std::size_t p = home(key);
        for (;; p = (p + 1) & mask()) {
            const std::uint32_t e = m_index[p];
            if (e == 0) break;
            if (m_slots[e - 1].key == key) return e - 1;
        }
        const auto i = static_cast<std::uint32_t>(m_slots.size());
        Slot s{};
        s.key = key;
        m_slots.push_back(s);
        m_index[p] = i + 1;
        if (m_slots.size() * 2 > m_index.size()) grow();
        return i;
    }

    /// The slot for `key`, inserted if absent.
    Slot& operator[](const U256& key) { return at(find_or_insert(key)); }

private:
    [[nodiscard]] std::size_t mask() const noexcept { return m_index.size() - 1; }
    [[nodiscard]] std::size_t home(const U256& k) const noexcept {
        const std::uint64_t x = k.w[0] ^ (k.w[1] * 0xC2B2AE3D27D4EB4FULL) ^
                                (k.w[2] * 0x165667B19E3779F9ULL) ^ (k.w[3] * 0x27D4EB2F165667C5ULL);
        return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ULL) >> (64 - m_bits));
    }
    void grow() {
        ++m_bits;
        m_index.assign(std::size_t{1} << m_bits, 0);
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            std::size_t p = home(m_slots[i].key);
            while (m_index[p] != 0)
                p = (p + 1) & mask();
            m_index[p] = static_cast<std::uint32_t>(i + 1);
        }
    }

    ChunkedVector<Slot, 12> m_slots;
    std::vector<std::uint32_t> m_index;
    unsigned m_bits;
};

} // namespace mallory::vm
