#pragma once
// A growable array in fixed-size chunks: elements never move, growth never copies, and peak
// memory stays at the payload (no 1.5x-2x transient of std::vector's reallocation). Used for
// the journal and storage slots, which can reach millions of entries in one transaction.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace mallory::vm {

template <class T, unsigned ChunkBits = 12> class ChunkedVector {
public:
    static constexpr std::size_t chunk_size = std::size_t{1} << ChunkBits;

    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }

    T& operator[](std::size_t i) noexcept { return m_chunks[i >> ChunkBits][i & (chunk_size - 1)]; }
    const T& operator[](std::size_t i) const noexcept {
        return m_chunks[i >> ChunkBits][i & (chunk_size - 1)];
    }
    T& back() noexcept { return (*this)[m_size - 1]; }

    T& push_back(const T& v) {
        if ((m_size >> ChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(chunk_size));
        T& slot = (*this)[m_size++];
        slot = v;
        return slot;
    }
    void pop_back() noexcept { --m_size; }
    /// Shrinks the logical size; chunks are kept for reuse.
    void truncate(std::size_t n) noexcept {
        if (n < m_size) m_size = n;
    }
    void clear() noexcept { m_size = 0; }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace mallory::vm
