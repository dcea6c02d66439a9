// U256 against Boost.Multiprecision (the reference) on random and edge values, plus the
// EVM's defined edge cases.
#include "vm/u256.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <gtest/gtest.h>
#include <random>

namespace mallory::vm {
namespace {

namespace mp = boost::multiprecision;
using Big = mp::cpp_int;

const Big kMod = Big(1) << 256;

Big to_big(const U256& v) {
    Big r = 0;
    for (int i = 3; i >= 0; --i)
        r = (r << 64) | Big(v.w[i]);
    return r;
}

U256 from_big(Big v) {
    v %= kMod;
    if (v < 0) v += kMod;
    U256 r;
    for (int i = 0; i < 4; ++i) {
        r.w[i] = static_cast<std::uint64_t>(v & Big(~0ULL));
        v >>= 64;
    }
    return r;
}

Big signed_of(const U256& v) {
    Big b = to_big(v);
    return v.is_negative() ? b - kMod : b;
}

/// Random values biased toward edges: small, limb-sized, near powers of two, negative.
U256 random_value(std::mt19937_64& rng) {
    switch (rng() % 8) {
    case 0:
        return U256{rng() % 4};
    case 1:
        return U256{rng()};
    case 2:
        return U256{rng(), rng(), 0, 0};
    case 3:
        return shl(U256{1}, rng() % 256);
    case 4:
        return shl(U256{1}, rng() % 256) - U256{1};
    case 5:
        return -U256{rng() % 1000};
    case 6:
        return U256{0, 0, 0, rng()};
    default:
        return U256{rng(), rng(), rng(), rng()};
    }
}

class U256Random : public ::testing::Test {
protected:
    std::mt19937_64 rng{12345};
    static constexpr int kIterations = 20000;
};

TEST_F(U256Random, ArithmeticMatchesReference) {
    for (int i = 0; i < kIterations; ++i) {
        const U256 a = random_value(rng), b = random_value(rng), m = random_value(rng);
        const Big A = to_big(a), B = to_big(b), M = to_big(m);
        ASSERT_EQ(a + b, from_big(A + B));
        ASSERT_EQ(a - b, from_big(A - B));
        ASSERT_EQ(a * b, from_big(A * B));
        ASSERT_EQ(udiv(a, b), B == 0 ? U256{} : from_big(A / B));
        ASSERT_EQ(umod(a, b), B == 0 ? U256{} : from_big(A % B));
        ASSERT_EQ(addmod(a, b, m), M == 0 ? U256{} : from_big((A + B) % M));
        ASSERT_EQ(mulmod(a, b, m), M == 0 ? U256{} : from_big((A * B) % M));
        ASSERT_EQ(a < b, A < B);
    }
}

TEST_F(U256Random, SignedMatchesReference) {
    for (int i = 0; i < kIterations; ++i) {
        const U256 a = random_value(rng), b = random_value(rng);
        const Big A = signed_of(a), B = signed_of(b);
        // C++ (and Boost) division truncates toward zero, like SDIV; % takes the dividend's sign.
        if (B != 0) {
            ASSERT_EQ(sdiv(a, b), from_big(A / B)) << to_hex(a) << " / " << to_hex(b);
            ASSERT_EQ(smod(a, b), from_big(A % B));
        }
        ASSERT_EQ(slt(a, b), A < B);
    }
}

TEST_F(U256Random, ShiftsMatchReference) {
    for (int i = 0; i < kIterations; ++i) {
        const U256 a = random_value(rng);
        const unsigned n = static_cast<unsigned>(rng() % 300);
        const Big A = to_big(a);
        ASSERT_EQ(shl(a, n), n >= 256 ? U256{} : from_big(A << n));
        ASSERT_EQ(shr(a, n), n >= 256 ? U256{} : from_big(A >> n));
        const Big S = signed_of(a);
        // Boost's >> on negative cpp_int rounds toward -infinity, like SAR.
        ASSERT_EQ(sar(a, n), n >= 256 ? (S < 0 ? U256::max() : U256{}) : from_big(S >> n));
    }
}

TEST_F(U256Random, ExpMatchesReference) {
    for (int i = 0; i < 2000; ++i) {
        const U256 a = random_value(rng);
        const U256 e{rng() % 300};
        ASSERT_EQ(exp(a, e), from_big(mp::powm(to_big(a), to_big(e), kMod)));
    }
    // Large exponents: compare with modular exponentiation.
    for (int i = 0; i < 200; ++i) {
        const U256 a = random_value(rng), e = random_value(rng);
        ASSERT_EQ(exp(a, e), from_big(mp::powm(to_big(a), to_big(e), kMod)));
    }
}

TEST(U256Edge, DivisionByZeroIsZero) {
    EXPECT_EQ(udiv(U256{7}, U256{}), U256{});
    EXPECT_EQ(umod(U256{7}, U256{}), U256{});
    EXPECT_EQ(sdiv(U256::max(), U256{}), U256{});
    EXPECT_EQ(smod(U256::max(), U256{}), U256{});
    EXPECT_EQ(addmod(U256{1}, U256{2}, U256{}), U256{});
    EXPECT_EQ(mulmod(U256{1}, U256{2}, U256{}), U256{});
}

TEST(U256Edge, SdivMinByMinusOneIsMin) {
    EXPECT_EQ(sdiv(U256::min_signed(), U256::max()), U256::min_signed());
    EXPECT_EQ(smod(U256::min_signed(), U256::max()), U256{});
}

TEST(U256Edge, SmodTakesSignOfDividend) {
    EXPECT_EQ(smod(-U256{7}, U256{3}), -U256{1});
    EXPECT_EQ(smod(U256{7}, -U256{3}), U256{1});
}

TEST(U256Edge, AddmodMulmodUseWideIntermediates) {
    // (2^256-1 + 2^256-1) % 7 needs 257 bits; (2^256-1)^2 % (2^256-1 - 1) needs 512.
    const U256 m = U256::max();
    EXPECT_EQ(addmod(m, m, U256{7}), from_big((to_big(m) * 2) % 7));
    EXPECT_EQ(mulmod(m, m, m - U256{1}), from_big((to_big(m) * to_big(m)) % (to_big(m) - 1)));
    EXPECT_EQ(mulmod(m, m, U256{12}), U256{9});
}

TEST(U256Edge, SignExtend) {
    EXPECT_EQ(signextend(U256{0}, U256{0xFF}), U256::max());
    EXPECT_EQ(signextend(U256{0}, U256{0x7F}), U256{0x7F});
    EXPECT_EQ(signextend(U256{1}, U256{0x8000}), ~U256{0x7FFF});
    EXPECT_EQ(signextend(U256{0}, U256{0x1FF}), U256::max()); // higher bits are replaced
    EXPECT_EQ(signextend(U256{31}, U256{0x80}), U256{0x80});
    EXPECT_EQ(signextend(U256{0, 1, 0, 0}, U256{0xFF}), U256{0xFF}); // b >= 31 (huge)
    EXPECT_EQ(signextend(U256{30}, shl(U256{1}, 247)), ~low_mask(247));
}

TEST(U256Edge, Byte) {
    const U256 x = load_be_partial(reinterpret_cast<const std::uint8_t*>("\x01\x02"), 2);
    EXPECT_EQ(byte_of(U256{31}, x), U256{2});
    EXPECT_EQ(byte_of(U256{30}, x), U256{1});
    EXPECT_EQ(byte_of(U256{0}, U256::max()), U256{0xFF});
    EXPECT_EQ(byte_of(U256{32}, U256::max()), U256{});
    EXPECT_EQ(byte_of(U256{0, 0, 0, 1}, U256::max()), U256{});
}

TEST(U256Edge, ShiftsOf256OrMore) {
    EXPECT_EQ(shl(U256{1}, 255), U256::min_signed());
    EXPECT_EQ(shl(U256{1}, 256), U256{});
    EXPECT_EQ(shr(U256::max(), 256), U256{});
    EXPECT_EQ(sar(U256::min_signed(), 256), U256::max());
    EXPECT_EQ(sar(U256{5}, 256), U256{});
    EXPECT_EQ(sar(U256::min_signed(), 255), U256::max());
    EXPECT_EQ(shift_amount(U256{0, 1, 0, 0}), 256u);
}

TEST(U256Edge, ExpCases) {
    EXPECT_EQ(exp(U256{0}, U256{0}), U256{1});
    EXPECT_EQ(exp(U256{2}, U256{255}), U256::min_signed());
    EXPECT_EQ(exp(U256{2}, U256{256}), U256{});
    EXPECT_EQ(exp(U256::max(), U256{3}), U256::max()); // (-1)^3
    EXPECT_EQ(byte_length(U256{0}), 0u);
    EXPECT_EQ(byte_length(U256{256}), 2u);
    EXPECT_EQ(byte_length(U256::max()), 32u);
}

TEST(U256Conv, HexDecAndBigEndian) {
    U256 v;
    ASSERT_TRUE(parse_u256("0xdeadBEEF", v));
    EXPECT_EQ(v, U256{0xdeadbeef});
    EXPECT_EQ(to_hex(v), "0xdeadbeef");
    ASSERT_TRUE(parse_u256(
        "115792089237316195423570985008687907853269984665640564039457584007913129639935", v));
    EXPECT_EQ(v, U256::max());
    EXPECT_EQ(to_dec(v),
              "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    EXPECT_FALSE(parse_u256(
        "115792089237316195423570985008687907853269984665640564039457584007913129639936", v));
    EXPECT_FALSE(parse_u256("12a", v));
    EXPECT_EQ(to_dec(U256{}), "0");
    EXPECT_EQ(to_dec(U256{10000000000000000000ULL}), "10000000000000000000");
    const auto bytes = to_bytes(U256{0x0102});
    EXPECT_EQ(bytes[30], 1);
    EXPECT_EQ(bytes[31], 2);
    EXPECT_EQ(load_be(bytes.data()), U256{0x0102});
}

} // namespace
} // namespace mallory::vm
