#include "vm/u256.hpp"

#include <algorithm>

namespace mallory::vm {

U256 load_be(const std::uint8_t* p) noexcept {
    U256 r;
    for (int i = 0; i < 4; ++i) {
        std::uint64_t v;
        std::memcpy(&v, p + 8 * (3 - i), 8);
        r.w[i] = __builtin_bswap64(v);
    }
    return r;
}

void store_be(std::uint8_t* p, const U256& v) noexcept {
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t be = __builtin_bswap64(v.w[i]);
        std::memcpy(p + 8 * (3 - i), &be, 8);
    }
}

U256 load_be_partial(const std::uint8_t* p, std::size_t n) noexcept {
    std::uint8_t buf[32] = {};
    n = std::min<std::size_t>(n, 32);
    if (n != 0) std::memcpy(buf + 32 - n, p, n);
    return load_be(buf);
}

std::array<std::uint8_t, 32> to_bytes(const U256& v) noexcept {
    std::array<std::uint8_t, 32> out{};
    store_be(out.data(), v);
    return out;
}

std::string to_hex(const U256& v) {
    static constexpr char digits[] = "0123456789abcdef";
    if (v.is_zero()) return "0x0";
    std::string s;
    for (int i = 63; i >= 0; --i) {
        const unsigned nib = static_cast<unsigned>(v.w[i / 16] >> (4 * (i % 16))) & 0xF;
        if (s.empty() && nib == 0) continue;
        s.push_back(digits[nib]);
    }
    return "0x" + s;
}

std::string to_dec(const U256& v) {
    if (v.is_zero()) return "0";
    std::string s;
    U256 x = v;
    const U256 ten19{10000000000000000000ULL};
    while (!x.is_zero()) {
        const DivMod qr = udivrem(x, ten19);
        std::uint64_t chunk = qr.rem.w[0];
        x = qr.quot;
        for (int i = 0; i < 19; ++i) {
            s.push_back(static_cast<char>('0' + chunk % 10));
            chunk /= 10;
            if (x.is_zero() && chunk == 0) break;
        }
    }
    std::reverse(s.begin(), s.end());
    return s;
}

bool parse_u256(std::string_view s, U256& out) noexcept {
    U256 r;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.remove_prefix(2);
        if (s.size() > 64) return false;
        for (char c : s) {
            unsigned d;
            if (c >= '0' && c <= '9')
                d = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = static_cast<unsigned>(c - 'A' + 10);
            else
                return false;
            r = shl(r, 4) | U256{d};
        }
        out = r;
        return true;
    }
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        const std::array<std::uint64_t, 8> p = mul_full(r, U256{10});
        if ((p[4] | p[5] | p[6] | p[7]) != 0) return false;
        bool carry = false;
        r = add_carry(U256{p[0], p[1], p[2], p[3]}, U256{static_cast<std::uint64_t>(c - '0')},
                      carry);
        if (carry) return false;
    }
    out = r;
    return true;
}

std::array<std::uint64_t, 8> mul_full(const U256& a, const U256& b) noexcept {
    std::array<std::uint64_t, 8> r{};
    for (int i = 0; i < 4; ++i) {
        std::uint64_t carry = 0;
        for (int j = 0; j < 4; ++j) {
            const u128 t = static_cast<u128>(a.w[i]) * b.w[j] + r[i + j] + carry;
            r[i + j] = static_cast<std::uint64_t>(t);
            carry = static_cast<std::uint64_t>(t >> 64);
        }
        r[i + 4] = carry;
    }
    return r;
}

namespace {

int significant_limbs(const std::uint64_t* x, int n) noexcept {
    while (n > 0 && x[n - 1] == 0)
        --n;
    return n;
}

/// Knuth's algorithm D (TAOCP 4.3.1) on 64-bit limbs: u (m limbs) / v (n limbs, top limb
/// nonzero, m >= n). Writes m-n+1 quotient limbs to q and n remainder limbs to r.
void knuth_divrem(const std::uint64_t* u, int m, const std::uint64_t* v, int n, std::uint64_t* q,
                  std::uint64_t* r) noexcept {
    if (n == 1) {
        u128 rem = 0;
        for (int i = m - 1; i >= 0; --i) {
            const u128 cur = (rem << 64) | u[i];
            q[i] = static_cast<std::uint64_t>(cur / v[0]);
            rem = cur % v[0];
        }
        r[0] = static_cast<std::uint64_t>(rem);
        return;
    }
    const int s = std::countl_zero(v[n - 1]);
    std::uint64_t vn[8], un[9];
    for (int i = n - 1; i > 0; --i)
        vn[i] = (v[i] << s) | (s ? v[i - 1] >> (64 - s) : 0);
    vn[0] = v[0] << s;
    un[m] = s ? u[m - 1] >> (64 - s) : 0;
    for (int i = m - 1; i > 0; --i)
        un[i] = (u[i] << s) | (s ? u[i - 1] >> (64 - s) : 0);
    un[0] = u[0] << s;

    for (int j = m - n; j >= 0; --j) {
        const u128 num = (static_cast<u128>(un[j + n]) << 64) | un[j + n - 1];
        u128 qhat = num / vn[n - 1];
        u128 rhat = num % vn[n - 1];
        while ((qhat >> 64) != 0 || qhat * vn[n - 2] > ((rhat << 64) | un[j + n - 2])) {
            --qhat;
            rhat += vn[n - 1];
            if ((rhat >> 64) != 0) break;
        }
        // Multiply and subtract qhat * vn from un[j .. j+n].
        std::uint64_t borrow = 0, carry = 0;
        for (int i = 0; i < n; ++i) {
            const u128 p = qhat * vn[i] + carry;
            carry = static_cast<std::uint64_t>(p >> 64);
            const auto plo = static_cast<std::uint64_t>(p);
            const std::uint64_t t = un[i + j] - plo;
            const std::uint64_t b1 = un[i + j] < plo;
            un[i + j] = t - borrow;
            borrow = b1 | (t < borrow);
        }
        const std::uint64_t t = un[j + n] - carry;
        const std::uint64_t b1 = un[j + n] < carry;
        un[j + n] = t - borrow;
        const bool negative = (b1 | (t < borrow)) != 0;
        q[j] = static_cast<std::uint64_t>(qhat);
        if (negative) { // qhat was one too large: add v back.
            --q[j];
            std::uint64_t c = 0;
            for (int i = 0; i < n; ++i) {
                const u128 sum = static_cast<u128>(un[i + j]) + vn[i] + c;
                un[i + j] = static_cast<std::uint64_t>(sum);
                c = static_cast<std::uint64_t>(sum >> 64);
            }
            un[j + n] += c;
        }
    }
    for (int i = 0; i < n; ++i)
        r[i] = (un[i] >> s) | (s ? un[i + 1] << (64 - s) : 0);
}

/// Generic remainder of an up-to-8-limb number by a 256-bit modulus (nonzero).
U256 mod_wide(const std::uint64_t* u, int ulen, const U256& m) noexcept {
    const int n = significant_limbs(m.w, 4);
    const int len = significant_limbs(u, ulen);
    if (len < n) {
        U256 r;
        for (int i = 0; i < len; ++i)
            r.w[i] = u[i];
        return r;
    }
    std::uint64_t q[8] = {}, r[4] = {};
    knuth_divrem(u, len, m.w, n, q, r);
    return {r[0], r[1], r[2], r[3]};
}

} // namespace

DivMod udivrem(const U256& a, const U256& b) noexcept {
    if (b.is_zero()) return {};
    if (a < b) return {U256{}, a};
    if (a.fits64()) return {U256{a.w[0] / b.w[0]}, U256{a.w[0] % b.w[0]}};
    const int n = significant_limbs(b.w, 4);
    const int m = significant_limbs(a.w, 4);
    std::uint64_t q[4] = {}, r[4] = {};
    knuth_divrem(a.w, m, b.w, n, q, r);
    return {U256{q[0], q[1], q[2], q[3]}, U256{r[0], r[1], r[2], r[3]}};
}

U256 sdiv(const U256& a, const U256& b) noexcept {
    const bool an = a.is_negative(), bn = b.is_negative();
    const U256 q = udiv(an ? -a : a, bn ? -b : b);
    return an != bn ? -q : q;
}

U256 smod(const U256& a, const U256& b) noexcept {
    const bool an = a.is_negative();
    const U256 r = umod(an ? -a : a, b.is_negative() ? -b : b);
    return an ? -r : r;
}

U256 addmod(const U256& a, const U256& b, const U256& m) noexcept {
    if (m.is_zero()) return {};
    bool carry = false;
    const U256 s = add_carry(a, b, carry);
    const std::uint64_t wide[5] = {s.w[0], s.w[1], s.w[2], s.w[3], carry ? 1ULL : 0ULL};
    return mod_wide(wide, 5, m);
}

U256 mulmod(const U256& a, const U256& b, const U256& m) noexcept {
    if (m.is_zero()) return {};
    const std::array<std::uint64_t, 8> p = mul_full(a, b);
    return mod_wide(p.data(), 8, m);
}

U256 exp(const U256& base, const U256& e) noexcept {
    U256 result{1};
    U256 b = base;
    const unsigned bits = bit_length(e);
    for (unsigned i = 0; i < bits; ++i) {
        if ((e.w[i / 64] >> (i % 64)) & 1) result = result * b;
        if (i + 1 < bits) b = b * b;
    }
    return result;
}

U256 signextend(const U256& b, const U256& x) noexcept {
    if (!b.fits64() || b.w[0] >= 31) return x;
    const unsigned bit = static_cast<unsigned>(b.w[0]) * 8 + 7;
    const U256 mask = low_mask(bit + 1);
    const bool neg = (x.w[bit / 64] >> (bit % 64)) & 1;
    return neg ? (x | ~mask) : (x & mask);
}

U256 byte_of(const U256& i, const U256& x) noexcept {
    if (!i.fits64() || i.w[0] >= 32) return {};
    const unsigned from_low = 31 - static_cast<unsigned>(i.w[0]);
    return U256{(x.w[from_low / 8] >> (8 * (from_low % 8))) & 0xFF};
}

} // namespace mallory::vm
