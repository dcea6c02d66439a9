#include "vm/checked.hpp"

#include "vm/message.hpp"

namespace mallory::vm {

namespace {

U256 abs_value(const U256& v) noexcept {
    return v.is_negative() ? -v : v;
}

/// Largest magnitude a result of the type may have, given its sign.
U256 magnitude_limit(IntType t, bool negative) noexcept {
    if (!t.is_signed) return type_max(t);
    const U256 half = shl(U256{1}, t.bits() - 1); // 2^(N-1)
    return negative ? half : half - U256{1};
}

/// a * b with an overflow flag for the full 512-bit product.
U256 mul_overflow(const U256& a, const U256& b, bool& overflow) noexcept {
    if (a.fits64() && b.fits64()) {
        overflow = false;
        return a * b;
    }
    const auto p = mul_full(a, b);
    overflow = (p[4] | p[5] | p[6] | p[7]) != 0;
    return {p[0], p[1], p[2], p[3]};
}

} // namespace

U256 type_max(IntType t) noexcept {
    return low_mask(t.is_signed ? t.bits() - 1 : t.bits());
}

U256 type_min(IntType t) noexcept {
    return t.is_signed ? ~low_mask(t.bits() - 1) : U256{};
}

bool in_range(IntType t, const U256& v) noexcept {
    if (!t.is_signed) return t.bits() == 256 || shr(v, t.bits()).is_zero();
    return sign_extend_bytes(v, t.bytes) == v;
}

U256 truncate_bytes(const U256& v, unsigned bytes) noexcept {
    return v & low_mask(bytes * 8);
}

U256 sign_extend_bytes(const U256& v, unsigned bytes) noexcept {
    return signextend(U256{bytes - 1}, v);
}

std::uint8_t checked_add(IntType t, const U256& a, const U256& b, U256& r) noexcept {
    bool carry = false;
    r = add_carry(a, b, carry);
    if (!t.is_signed) return carry || !in_range(t, r) ? panic::overflow : 0;
    if (t.bits() == 256)
        return a.is_negative() == b.is_negative() && r.is_negative() != a.is_negative()
                   ? panic::overflow
                   : 0;
    return in_range(t, r) ? 0 : panic::overflow;
}

std::uint8_t checked_sub(IntType t, const U256& a, const U256& b, U256& r) noexcept {
    r = a - b;
    if (!t.is_signed) return a < b ? panic::overflow : 0;
    if (t.bits() == 256)
        return a.is_negative() != b.is_negative() && r.is_negative() != a.is_negative()
                   ? panic::overflow
                   : 0;
    return in_range(t, r) ? 0 : panic::overflow;
}

std::uint8_t checked_mul(IntType t, const U256& a, const U256& b, U256& r) noexcept {
    bool overflow = false;
    if (!t.is_signed) {
        r = mul_overflow(a, b, overflow);
        return overflow || !in_range(t, r) ? panic::overflow : 0;
    }
    const bool negative = a.is_negative() != b.is_negative();
    const U256 m = mul_overflow(abs_value(a), abs_value(b), overflow);
    if (overflow || m > magnitude_limit(t, negative && !m.is_zero())) return panic::overflow;
    r = negative ? -m : m;
    return 0;
}

std::uint8_t checked_div(IntType t, const U256& a, const U256& b, U256& r) noexcept {
    if (b.is_zero()) return panic::division_by_zero;
    if (!t.is_signed) {
        r = udiv(a, b);
        return 0;
    }
    if (a == type_min(t) && b == U256::max()) return panic::overflow;
    r = sdiv(a, b);
    return 0;
}

std::uint8_t checked_mod(IntType t, const U256& a, const U256& b, U256& r) noexcept {
    if (b.is_zero()) return panic::division_by_zero;
    r = t.is_signed ? smod(a, b) : umod(a, b);
    return 0;
}

std::uint8_t checked_neg(IntType t, const U256& a, U256& r) noexcept {
    if (!t.is_signed) {
        r = U256{};
        return a.is_zero() ? 0 : panic::overflow;
    }
    if (a == type_min(t)) return panic::overflow;
    r = -a;
    return 0;
}

std::uint8_t checked_exp(IntType t, const U256& base, const U256& e, U256& r) noexcept {
    const bool negative = t.is_signed && base.is_negative() && (e.w[0] & 1) != 0;
    const U256 limit = magnitude_limit(t, negative);
    U256 b = t.is_signed ? abs_value(base) : base;
    U256 result{1};
    const unsigned bits = bit_length(e);
    for (unsigned i = 0; i < bits; ++i) {
        bool overflow = false;
        if ((e.w[i / 64] >> (i % 64)) & 1) {
            result = mul_overflow(result, b, overflow);
            if (overflow || result > limit) return panic::overflow;
        }
        if (i + 1 == bits) break;
        // b is only ever multiplied into the result again if a higher exponent bit is set,
        // which there is (i + 1 < bits); once b exceeds the limit the result must overflow.
        if (b > limit) return panic::overflow;
        b = mul_overflow(b, b, overflow);
        if (overflow) return panic::overflow;
    }
    r = negative ? -result : result;
    return 0;
}

} // namespace mallory::vm
