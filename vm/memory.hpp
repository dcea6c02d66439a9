#pragma once
// A frame's byte-addressed memory with the EVM's word-based expansion gas.

#include "vm/gas.hpp"
#include "vm/limits.hpp"
#include "vm/types.hpp"

#include <algorithm>
#include <cstring>

namespace mallory::vm {

class Memory {
public:
    /// `budget` (may be null) is charged for growth and given it back when the memory dies.
    explicit Memory(MemoryBudget* budget = nullptr) noexcept : m_budget(budget) {}
    ~Memory() {
        if (m_budget) m_budget->give(m_data.size());
    }
    Memory(const Memory&) = delete;
    Memory& operator=(const Memory&) = delete;

    [[nodiscard]] std::size_t size() const noexcept { return m_data.size(); }
    std::uint8_t* data() noexcept { return m_data.data(); }
    [[nodiscard]] const std::uint8_t* data() const noexcept { return m_data.data(); }

    /// Charges for and performs the expansion needed to access [off, off+len); false when out
    /// of gas (including offsets beyond gas::max_memory) or when the budget refuses the growth
    /// (the budget then says so: exhausted()). A zero length never expands.
    bool expand(Gas& gas, const U256& off, const U256& len) noexcept {
        if (len.is_zero()) return true;
        if (!off.fits64() || !len.fits64() || off.w[0] > gas::max_memory ||
            len.w[0] > gas::max_memory)
            return false;
        const std::uint64_t end = off.w[0] + len.w[0];
        if (end <= m_data.size()) return true;
        if (end > gas::max_memory) return false;
        const std::uint64_t words = num_words(end);
        gas -= memory_cost(words) - memory_cost(m_data.size() / 32);
        if (gas < 0) return false;
        if (m_budget && !m_budget->take(words * 32 - m_data.size())) return false;
        m_data.resize(words * 32);
        return true;
    }

    /// Copies `src` into memory at `off` for `len` bytes, zero-padding past src's end.
    /// Precondition: [off, off+len) was expanded.
    void store_padded(std::uint64_t off, std::uint64_t len, BytesView src,
                      std::uint64_t src_off) noexcept {
        const std::uint64_t avail = src_off < src.size() ? src.size() - src_off : 0;
        const std::uint64_t n = std::min(avail, len);
        if (n != 0) std::memcpy(m_data.data() + off, src.data() + src_off, n);
        if (len > n) std::memset(m_data.data() + off + n, 0, len - n);
    }

    [[nodiscard]] BytesView view(std::uint64_t off, std::uint64_t len) const noexcept {
        return len == 0 ? BytesView{} : BytesView{m_data.data() + off, len};
    }

private:
    MemoryBudget* m_budget;
    Bytes m_data;
};

} // namespace mallory::vm
