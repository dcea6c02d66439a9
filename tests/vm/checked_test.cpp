// Solidity 0.8 checked arithmetic at every width boundary, against Boost.Multiprecision.
#include "vm/checked.hpp"
#include "vm/message.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <gtest/gtest.h>

namespace mallory::vm {
namespace {

using Big = boost::multiprecision::cpp_int;
const Big kMod = Big(1) << 256;

U256 word_of(Big v) {
    v %= kMod;
    if (v < 0) v += kMod;
    U256 r;
    for (int i = 0; i < 4; ++i) {
        r.w[i] = static_cast<std::uint64_t>(v & Big(~0ULL));
        v >>= 64;
    }
    return r;
}
Big lo(IntType t) {
    return t.is_signed ? -(Big(1) << (t.bits() - 1)) : Big(0);
}
Big hi(IntType t) {
    return t.is_signed ? (Big(1) << (t.bits() - 1)) - 1 : (Big(1) << t.bits()) - 1;
}

/// Interesting values of a type: its bounds and their neighbours, 0, +-1, 2.
std::vector<Big> samples(IntType t) {
    std::vector<Big> v{lo(t), lo(t) + 1, lo(t) + 2, hi(t), hi(t) - 1, hi(t) / 2, 0, 1, 2, 3};
    if (t.is_signed) v.insert(v.end(), {-1, -2, -3, lo(t) / 2});
    std::vector<Big> out;
    for (const Big& x : v)
        if (x >= lo(t) && x <= hi(t)) out.push_back(x);
    return out;
}

using Op2 = std::uint8_t (*)(IntType, const U256&, const U256&, U256&) noexcept;

/// Checks op against `ref` (nullopt = must panic with `code`) for all sample pairs.
void check_binary(IntType t, Op2 op, const std::function<std::optional<Big>(Big, Big)>& ref,
                  std::uint8_t code, const char* name) {
    for (const Big& a : samples(t))
        for (const Big& b : samples(t)) {
            U256 r;
            const std::uint8_t got = op(t, word_of(a), word_of(b), r);
            const auto want = ref(a, b);
            if (!want) {
                ASSERT_EQ(got, code)
                    << name << " " << t.bits() << (t.is_signed ? "s " : "u ") << a << ", " << b;
                continue;
            }
            ASSERT_EQ(got, 0) << name << " " << t.bits() << (t.is_signed ? "s " : "u ") << a << ", "
                              << b;
            ASSERT_EQ(r, word_of(*want)) << name << " " << a << ", " << b;
        }
}

class CheckedWidths : public ::testing::TestWithParam<IntType> {};

TEST_P(CheckedWidths, AddSubMul) {
    const IntType t = GetParam();
    const auto fit = [t](Big v) -> std::optional<Big> {
        if (v < lo(t) || v > hi(t)) return std::nullopt;
        return v;
    };
    check_binary(
        t, checked_add, [&](Big a, Big b) { return fit(a + b); }, panic::overflow, "add");
    check_binary(
        t, checked_sub, [&](Big a, Big b) { return fit(a - b); }, panic::overflow, "sub");
    check_binary(
        t, checked_mul, [&](Big a, Big b) { return fit(a * b); }, panic::overflow, "mul");
}

TEST_P(CheckedWidths, DivMod) {
    const IntType t = GetParam();
    for (const Big& a : samples(t))
        for (const Big& b : samples(t)) {
            U256 q, m;
            const std::uint8_t dq = checked_div(t, word_of(a), word_of(b), q);
            const std::uint8_t dm = checked_mod(t, word_of(a), word_of(b), m);
            if (b == 0) {
                ASSERT_EQ(dq, panic::division_by_zero);
                ASSERT_EQ(dm, panic::division_by_zero);
                continue;
            }
            ASSERT_EQ(dm, 0);
            ASSERT_EQ(m, word_of(a % b)); // truncating, sign of the dividend
            if (a / b > hi(t)) {
                ASSERT_EQ(dq, panic::overflow) << a << " / " << b; // MIN / -1
                continue;
            }
            ASSERT_EQ(dq, 0);
            ASSERT_EQ(q, word_of(a / b));
        }
}

TEST_P(CheckedWidths, NegAndExp) {
    const IntType t = GetParam();
    for (const Big& a : samples(t)) {
        U256 r;
        const std::uint8_t c = checked_neg(t, word_of(a), r);
        const Big want = -a;
        if (want < lo(t) || want > hi(t)) {
            ASSERT_EQ(c, panic::overflow) << a;
        } else {
            ASSERT_EQ(c, 0);
            ASSERT_EQ(r, word_of(want));
        }
        for (unsigned e : {0u, 1u, 2u, 3u, 7u, 8u, 31u, 64u, 255u, 256u, 1000u}) {
            const Big p = boost::multiprecision::pow(a, e);
            const std::uint8_t ce = checked_exp(t, word_of(a), U256{e}, r);
            if (p < lo(t) || p > hi(t)) {
                ASSERT_EQ(ce, panic::overflow) << a << " ** " << e;
            } else {
                ASSERT_EQ(ce, 0) << a << " ** " << e;
                ASSERT_EQ(r, word_of(p)) << a << " ** " << e;
            }
        }
    }
}

TEST_P(CheckedWidths, CleanupInstructions) {
    const IntType t = GetParam();
    EXPECT_EQ(type_max(t), word_of(hi(t)));
    EXPECT_EQ(type_min(t), word_of(lo(t)));
    const U256 dirty = U256::max() - U256{0x1234};
    const U256 tr = truncate_bytes(dirty, t.bytes);
    EXPECT_TRUE(in_range(IntType{t.bytes, false}, tr));
    const U256 sx = sign_extend_bytes(dirty, t.bytes);
    EXPECT_TRUE(in_range(IntType{t.bytes, true}, sx));
    EXPECT_EQ(truncate_bytes(sx, t.bytes), tr); // same low bits
}

std::vector<IntType> all_types() {
    std::vector<IntType> v;
    for (std::uint8_t bytes = 1; bytes <= 32; ++bytes) {
        v.push_back({bytes, false});
        v.push_back({bytes, true});
    }
    return v;
}

INSTANTIATE_TEST_SUITE_P(AllWidths, CheckedWidths, ::testing::ValuesIn(all_types()),
                         [](const ::testing::TestParamInfo<IntType>& i) {
                             return std::string(i.param.is_signed ? "int" : "uint") +
                                    std::to_string(i.param.bits());
                         });

TEST(Checked, LargeExponentsOfSmallBases) {
    U256 r;
    EXPECT_EQ(checked_exp(uint256_t, U256{1}, U256::max(), r), 0);
    EXPECT_EQ(r, U256{1});
    EXPECT_EQ(checked_exp(uint256_t, U256{0}, U256::max(), r), 0);
    EXPECT_EQ(r, U256{});
    EXPECT_EQ(checked_exp(int256_t, U256::max(), U256::max(), r), 0); // (-1)^odd
    EXPECT_EQ(r, U256::max());
    EXPECT_EQ(checked_exp(uint256_t, U256{2}, U256::max(), r), panic::overflow);
    EXPECT_EQ(checked_exp(int256_t, -U256{2}, U256{255}, r), 0); // -2^255 fits int256
    EXPECT_EQ(r, U256::min_signed());
    EXPECT_EQ(checked_exp(int256_t, U256{2}, U256{255}, r), panic::overflow);
}

TEST(Checked, PanicDataLayout) {
    const Bytes d = panic_data(0x41);
    ASSERT_EQ(d.size(), 36u);
    EXPECT_EQ(d[0], 0x4e);
    EXPECT_EQ(d[3], 0x71);
    EXPECT_EQ(d[35], 0x41);
    EXPECT_EQ(d[34], 0);
}

} // namespace
} // namespace mallory::vm
