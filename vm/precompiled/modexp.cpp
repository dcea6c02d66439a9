#include "vm/precompiled/modexp.hpp"

#include <algorithm>
#include <cryptopp/integer.h>
#include <cryptopp/nbtheory.h>
#include <limits>
#include <optional>

namespace mallory::vm::precompiled {

namespace {

constexpr Gas unaffordable = std::numeric_limits<Gas>::max();

/// Input bytes [offset, offset + n) with the bytes past the input read as zero.
Bytes slice(BytesView input, std::uint64_t offset, std::uint64_t n) {
    Bytes out(n, 0);
    if (offset < input.size()) {
        const std::uint64_t have = std::min<std::uint64_t>(n, input.size() - offset);
        std::copy_n(input.begin() + static_cast<std::ptrdiff_t>(offset), have, out.begin());
    }
    return out;
}

/// One of the three 32-byte length words, or nothing when it exceeds `modexp_max_length`.
std::optional<std::uint64_t> length_at(BytesView input, std::uint64_t offset) {
    const Bytes word = slice(input, offset, 32);
    const U256 v = load_be(word.data());
    if (v > U256{modexp_max_length}) return std::nullopt;
    return v.w[0];
}

struct Lengths {
    std::uint64_t base, exp, mod;
};

std::optional<Lengths> lengths_of(BytesView input) {
    const auto b = length_at(input, 0), e = length_at(input, 32), m = length_at(input, 64);
    if (!b || !e || !m) return std::nullopt;
    return Lengths{*b, *e, *m};
}

/// EIP-198's adjusted exponent length: the index of the highest set bit of the exponent's
/// first (up to) 32 bytes, plus 8 per byte beyond the first 32.
std::uint64_t adjusted_exponent_length(BytesView input, const Lengths& len) {
    const std::uint64_t head_len = std::min<std::uint64_t>(len.exp, 32);
    const Bytes head_bytes = slice(input, 96 + len.base, head_len);
    const U256 head = load_be_partial(head_bytes.data(), head_len);
    const std::uint64_t tail = len.exp > 32 ? 8 * (len.exp - 32) : 0;
    const unsigned bits = bit_length(head);
    return tail + (bits > 1 ? bits - 1 : 0);
}

CryptoPP::Integer number(BytesView input, std::uint64_t offset, std::uint64_t n) {
    const Bytes bytes = slice(input, offset, n);
    return CryptoPP::Integer(bytes.data(), bytes.size(), CryptoPP::Integer::UNSIGNED,
                             CryptoPP::BIG_ENDIAN_ORDER);
}

} // namespace

Gas modexp_gas(BytesView input) {
    const auto len = lengths_of(input);
    if (!len) return unaffordable;
    const std::uint64_t words = (std::max(len->base, len->mod) + 7) / 8;
    const std::uint64_t iterations =
        std::max<std::uint64_t>(adjusted_exponent_length(input, *len), 1);
    // words <= 2^17 and iterations <= 2^23 + 255, so the product fits in 64 bits.
    const std::uint64_t cost = words * words * iterations / 3;
    if (cost > static_cast<std::uint64_t>(modexp_max_gas)) return unaffordable;
    return std::max<Gas>(200, static_cast<Gas>(cost));
}

Bytes modexp(BytesView input) {
    const auto len = lengths_of(input);
    if (!len || len->mod == 0) return {};
    const CryptoPP::Integer base = number(input, 96, len->base);
    const CryptoPP::Integer exp = number(input, 96 + len->base, len->exp);
    const CryptoPP::Integer mod = number(input, 96 + len->base + len->exp, len->mod);
    Bytes out(len->mod, 0);
    if (mod.IsZero()) return out;
    // x^0 = 1 for every x (0^0 included), reduced: 1 mod 1 is 0.
    const CryptoPP::Integer result = exp.IsZero() ? CryptoPP::Integer::One() % mod
                                                  : CryptoPP::ModularExponentiation(base, exp, mod);
    result.Encode(out.data(), out.size());
    return out;
}

} // namespace mallory::vm::precompiled
