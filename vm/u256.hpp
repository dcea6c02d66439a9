#pragma once
// 256-bit EVM words: four 64-bit limbs, least significant first (the representation of
// intx/evmone). Every operation has the EVM's wrapping semantics; the common cases where
// the operands fit in 64 bits take a single-limb fast path.

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace mallory::vm {

__extension__ using u128 = unsigned __int128;

struct U256 {
    std::uint64_t w[4] = {0, 0, 0, 0};

    constexpr U256() noexcept = default;
    constexpr U256(std::uint64_t v) noexcept : w{v, 0, 0, 0} {} // NOLINT: implicit by design
    constexpr U256(std::uint64_t w0, std::uint64_t w1, std::uint64_t w2, std::uint64_t w3) noexcept
        : w{w0, w1, w2, w3} {}
    // Copies limb by limb on purpose: arithmetic writes results as four 8-byte stores, and a
    // copy made of wider loads right after would miss store-to-load forwarding (a stall of
    // ~12 cycles per interpreter instruction, measured on the loop benchmark).
    constexpr U256(const U256& o) noexcept : w{o.w[0], o.w[1], o.w[2], o.w[3]} {}
    constexpr U256& operator=(const U256& o) noexcept {
        w[0] = o.w[0];
        w[1] = o.w[1];
        w[2] = o.w[2];
        w[3] = o.w[3];
        return *this;
    }

    /// True when the value fits in the lowest limb (the fast-path test).
    [[nodiscard]] constexpr bool fits64() const noexcept { return (w[1] | w[2] | w[3]) == 0; }
    [[nodiscard]] constexpr bool is_zero() const noexcept {
        return (w[0] | w[1] | w[2] | w[3]) == 0;
    }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return (w[3] >> 63) != 0; }
    [[nodiscard]] constexpr std::uint64_t low() const noexcept { return w[0]; }
    explicit constexpr operator bool() const noexcept { return !is_zero(); }

    static constexpr U256 max() noexcept { return {~0ULL, ~0ULL, ~0ULL, ~0ULL}; }
    /// -2^255, the most negative int256.
    static constexpr U256 min_signed() noexcept { return {0, 0, 0, 1ULL << 63}; }

    friend constexpr bool operator==(const U256& a, const U256& b) noexcept {
        return ((a.w[0] ^ b.w[0]) | (a.w[1] ^ b.w[1]) | (a.w[2] ^ b.w[2]) | (a.w[3] ^ b.w[3])) == 0;
    }
};

// ---- conversions --------------------------------------------------------------------------

/// Big-endian 32 bytes, as in EVM memory, calldata and hashes.
U256 load_be(const std::uint8_t* p32) noexcept;
void store_be(std::uint8_t* p32, const U256& v) noexcept;
/// Big-endian bytes of any length up to 32 (shorter input is right-aligned, like PUSHn).
U256 load_be_partial(const std::uint8_t* p, std::size_t n) noexcept;
std::array<std::uint8_t, 32> to_bytes(const U256& v) noexcept;
/// "0x..." lowercase, no leading zeros ("0x0" for zero).
std::string to_hex(const U256& v);
std::string to_dec(const U256& v);
/// Parses "0x..." hex or decimal; returns false on bad digits or overflow.
bool parse_u256(std::string_view s, U256& out) noexcept;

// ---- comparisons --------------------------------------------------------------------------

constexpr bool operator<(const U256& a, const U256& b) noexcept {
    if (a.w[3] != b.w[3]) return a.w[3] < b.w[3];
    if (a.w[2] != b.w[2]) return a.w[2] < b.w[2];
    if (a.w[1] != b.w[1]) return a.w[1] < b.w[1];
    return a.w[0] < b.w[0];
}
constexpr bool operator>(const U256& a, const U256& b) noexcept {
    return b < a;
}
constexpr bool operator<=(const U256& a, const U256& b) noexcept {
    return !(b < a);
}
constexpr bool operator>=(const U256& a, const U256& b) noexcept {
    return !(a < b);
}

constexpr bool slt(const U256& a, const U256& b) noexcept {
    const bool an = a.is_negative(), bn = b.is_negative();
    if (an != bn) return an;
    return a < b;
}

// ---- bitwise ------------------------------------------------------------------------------

constexpr U256 operator&(const U256& a, const U256& b) noexcept {
    return {a.w[0] & b.w[0], a.w[1] & b.w[1], a.w[2] & b.w[2], a.w[3] & b.w[3]};
}
constexpr U256 operator|(const U256& a, const U256& b) noexcept {
    return {a.w[0] | b.w[0], a.w[1] | b.w[1], a.w[2] | b.w[2], a.w[3] | b.w[3]};
}
constexpr U256 operator^(const U256& a, const U256& b) noexcept {
    return {a.w[0] ^ b.w[0], a.w[1] ^ b.w[1], a.w[2] ^ b.w[2], a.w[3] ^ b.w[3]};
}
constexpr U256 operator~(const U256& a) noexcept {
    return {~a.w[0], ~a.w[1], ~a.w[2], ~a.w[3]};
}

/// Logical shifts; a shift by 256 or more gives zero (EVM SHL/SHR).
constexpr U256 shl(const U256& a, std::uint64_t n) noexcept {
    if (n >= 256) return {};
    U256 r;
    const unsigned limbs = static_cast<unsigned>(n / 64), bits = static_cast<unsigned>(n % 64);
    for (unsigned i = 3 + 1; i-- > limbs;) {
        std::uint64_t v = a.w[i - limbs] << bits;
        if (bits != 0 && i - limbs > 0) v |= a.w[i - limbs - 1] >> (64 - bits);
        r.w[i] = v;
    }
    return r;
}
constexpr U256 shr(const U256& a, std::uint64_t n) noexcept {
    if (n >= 256) return {};
    U256 r;
    const unsigned limbs = static_cast<unsigned>(n / 64), bits = static_cast<unsigned>(n % 64);
    for (unsigned i = 0; i + limbs < 4; ++i) {
        std::uint64_t v = a.w[i + limbs] >> bits;
        if (bits != 0 && i + limbs < 3) v |= a.w[i + limbs + 1] << (64 - bits);
        r.w[i] = v;
    }
    return r;
}
/// Shift amount as the EVM sees it: any value >= 256 saturates.
constexpr std::uint64_t shift_amount(const U256& n) noexcept {
    return n.fits64() ? n.w[0] : 256;
}
/// Arithmetic shift right (EVM SAR): fills with the sign bit.
constexpr U256 sar(const U256& a, std::uint64_t n) noexcept {
    if (!a.is_negative()) return shr(a, n);
    if (n >= 256) return U256::max();
    return ~shr(~a, n);
}

// ---- arithmetic ---------------------------------------------------------------------------

constexpr U256 operator+(const U256& a, const U256& b) noexcept {
    // Limb by limb with explicit carries: 128-bit temporaries make GCC spill to the stack
    // inside the large dispatch function.
    const std::uint64_t r0 = a.w[0] + b.w[0];
    std::uint64_t c = r0 < a.w[0];
    const std::uint64_t t1 = a.w[1] + b.w[1];
    const std::uint64_t r1 = t1 + c;
    c = (t1 < a.w[1]) | (r1 < t1);
    const std::uint64_t t2 = a.w[2] + b.w[2];
    const std::uint64_t r2 = t2 + c;
    c = (t2 < a.w[2]) | (r2 < t2);
    return {r0, r1, r2, a.w[3] + b.w[3] + c};
}
/// Addition reporting the carry out of bit 255.
constexpr U256 add_carry(const U256& a, const U256& b, bool& carry) noexcept {
    U256 r;
    u128 c = 0;
    for (int i = 0; i < 4; ++i) {
        c += static_cast<u128>(a.w[i]) + b.w[i];
        r.w[i] = static_cast<std::uint64_t>(c);
        c >>= 64;
    }
    carry = c != 0;
    return r;
}
constexpr U256 operator-(const U256& a, const U256& b) noexcept {
    const std::uint64_t r0 = a.w[0] - b.w[0];
    std::uint64_t c = a.w[0] < b.w[0];
    const std::uint64_t t1 = a.w[1] - b.w[1];
    const std::uint64_t r1 = t1 - c;
    c = (a.w[1] < b.w[1]) | (t1 < c);
    const std::uint64_t t2 = a.w[2] - b.w[2];
    const std::uint64_t r2 = t2 - c;
    c = (a.w[2] < b.w[2]) | (t2 < c);
    return {r0, r1, r2, a.w[3] - b.w[3] - c};
}
constexpr U256 operator-(const U256& a) noexcept {
    return U256{} - a;
}

/// Wrapping 256-bit multiplication, one 64x64 multiply when both operands fit in a limb.
constexpr U256 operator*(const U256& a, const U256& b) noexcept {
    if ((a.w[1] | a.w[2] | a.w[3] | b.w[1] | b.w[2] | b.w[3]) == 0) {
        const u128 p = static_cast<u128>(a.w[0]) * b.w[0];
        return {static_cast<std::uint64_t>(p), static_cast<std::uint64_t>(p >> 64), 0, 0};
    }
    U256 r;
    for (int i = 0; i < 4; ++i) {
        std::uint64_t carry = 0;
        for (int j = 0; i + j < 4; ++j) {
            const u128 t = static_cast<u128>(a.w[i]) * b.w[j] + r.w[i + j] + carry;
            r.w[i + j] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
    }
    return r;
}

/// Full 512-bit product, limbs least significant first.
std::array<std::uint64_t, 8> mul_full(const U256& a, const U256& b) noexcept;

/// Unsigned division and remainder; division by zero yields zero for both (EVM DIV/MOD).
struct DivMod {
    U256 quot;
    U256 rem;
};
DivMod udivrem(const U256& a, const U256& b) noexcept;
inline U256 udiv(const U256& a, const U256& b) noexcept {
    if (a.fits64() && b.fits64()) return b.w[0] == 0 ? U256{} : U256{a.w[0] / b.w[0]};
    return udivrem(a, b).quot;
}
inline U256 umod(const U256& a, const U256& b) noexcept {
    if (a.fits64() && b.fits64()) return b.w[0] == 0 ? U256{} : U256{a.w[0] % b.w[0]};
    return udivrem(a, b).rem;
}
/// EVM SDIV: two's complement, truncating toward zero; -2^255 / -1 = -2^255; x / 0 = 0.
U256 sdiv(const U256& a, const U256& b) noexcept;
/// EVM SMOD: sign of the dividend; x % 0 = 0.
U256 smod(const U256& a, const U256& b) noexcept;
/// (a + b) % m and (a * b) % m with unbounded intermediates; m == 0 gives 0.
U256 addmod(const U256& a, const U256& b, const U256& m) noexcept;
U256 mulmod(const U256& a, const U256& b, const U256& m) noexcept;
/// a ** e mod 2^256.
U256 exp(const U256& base, const U256& e) noexcept;
/// EVM SIGNEXTEND: extend the sign of byte b (0 = least significant) of x; b >= 31 gives x.
U256 signextend(const U256& b, const U256& x) noexcept;
/// EVM BYTE: byte i of x counting from the most significant; i >= 32 gives 0.
U256 byte_of(const U256& i, const U256& x) noexcept;

/// Number of significant bytes (0 for zero); used for EXP's gas.
constexpr unsigned byte_length(const U256& v) noexcept {
    for (int i = 3; i >= 0; --i)
        if (v.w[i] != 0)
            return static_cast<unsigned>(i) * 8 +
                   (64 - static_cast<unsigned>(std::countl_zero(v.w[i])) + 7) / 8;
    return 0;
}
/// Number of significant bits (0 for zero).
constexpr unsigned bit_length(const U256& v) noexcept {
    for (int i = 3; i >= 0; --i)
        if (v.w[i] != 0)
            return static_cast<unsigned>(i) * 64 + 64 -
                   static_cast<unsigned>(std::countl_zero(v.w[i]));
    return 0;
}

/// Mask of the low `bits` bits (bits in 0..256).
constexpr U256 low_mask(unsigned bits) noexcept {
    if (bits >= 256) return U256::max();
    return shl(U256{1}, bits) - U256{1};
}

} // namespace mallory::vm
