#include "vm/precompiled/blake2f.hpp"

#include <array>
#include <bit>

namespace mallory::vm::precompiled {

namespace {

constexpr std::array<std::uint64_t, 8> iv = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};

/// RFC 7693's message schedule; round r uses row r mod 10.
constexpr std::uint8_t sigma[10][16] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                                        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
                                        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
                                        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
                                        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
                                        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
                                        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
                                        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
                                        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
                                        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

std::uint64_t load_le64(const std::uint8_t* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

void store_le64(std::uint8_t* p, std::uint64_t v) {
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::uint32_t rounds_of(BytesView input) {
    return (std::uint32_t{input[0]} << 24) | (std::uint32_t{input[1]} << 16) |
           (std::uint32_t{input[2]} << 8) | std::uint32_t{input[3]};
}

void mix(std::array<std::uint64_t, 16>& v, int a, int b, int c, int d, std::uint64_t x,
         std::uint64_t y) {
    v[a] = v[a] + v[b] + x;
    v[d] = std::rotr(v[d] ^ v[a], 32);
    v[c] = v[c] + v[d];
    v[b] = std::rotr(v[b] ^ v[c], 24);
    v[a] = v[a] + v[b] + y;
    v[d] = std::rotr(v[d] ^ v[a], 16);
    v[c] = v[c] + v[d];
    v[b] = std::rotr(v[b] ^ v[c], 63);
}

} // namespace

Gas blake2f_gas(BytesView input) {
    return input.size() == blake2f_input_size ? Gas{rounds_of(input)} : 0;
}

std::optional<Bytes> blake2f(BytesView input) {
    if (input.size() != blake2f_input_size || input[212] > 1) return std::nullopt;
    std::array<std::uint64_t, 8> h;
    std::array<std::uint64_t, 16> m;
    for (std::size_t i = 0; i < 8; ++i)
        h[i] = load_le64(input.data() + 4 + 8 * i);
    for (std::size_t i = 0; i < 16; ++i)
        m[i] = load_le64(input.data() + 68 + 8 * i);
    const std::uint64_t t0 = load_le64(input.data() + 196), t1 = load_le64(input.data() + 204);

    std::array<std::uint64_t, 16> v;
    for (std::size_t i = 0; i < 8; ++i) {
        v[i] = h[i];
        v[i + 8] = iv[i];
    }
    v[12] ^= t0;
    v[13] ^= t1;
    if (input[212] == 1) v[14] = ~v[14];
    for (std::uint32_t r = 0; r < rounds_of(input); ++r) {
        const std::uint8_t* s = sigma[r % 10];
        mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    Bytes out(64);
    for (std::size_t i = 0; i < 8; ++i)
        store_le64(out.data() + 8 * i, h[i] ^ v[i] ^ v[i + 8]);
    return out;
}

} // namespace mallory::vm::precompiled
