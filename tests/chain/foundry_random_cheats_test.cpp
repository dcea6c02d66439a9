// vm.randomUint and the other random cheatcodes: values in the asked range, forge's errors for
// arguments it refuses, a bounded vm.randomBytes, and the same values from the same seed.
#include "chain/foundry/abi.hpp"
#include "chain/foundry/random_cheats.hpp"
#include "vm/keccak.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

Bytes words(std::initializer_list<U256> ws) {
    Bytes out;
    for (const U256& w : ws)
        append_word(out, w);
    return out;
}

/// The one word `sig` answers for `args`; fails the test on an error.
U256 draw(RandomStream& rng, std::string_view sig, std::initializer_list<U256> args = {}) {
    std::string error;
    const auto out = random_cheat(sig, words(args), rng, error);
    EXPECT_TRUE(out) << error;
    if (!out || out->size() < 32) return U256::max();
    return vm::load_be(out->data());
}

std::string refusal(std::string_view sig, std::initializer_list<U256> args) {
    RandomStream rng(1);
    std::string error;
    EXPECT_FALSE(random_cheat(sig, words(args), rng, error));
    return error;
}

TEST(RandomCheats, TheSameSeedGivesTheSameValuesAnotherSeedOthers) {
    RandomStream a(random_seed(U256{0}, "testA()")), b(random_seed(U256{0}, "testA()"));
    RandomStream c(random_seed(U256{0}, "testB()")), d(random_seed(U256{7}, "testA()"));
    const U256 first = draw(a, "randomUint()");
    EXPECT_EQ(first, draw(b, "randomUint()"));
    EXPECT_NE(first, draw(c, "randomUint()"));
    EXPECT_NE(first, draw(d, "randomUint()"));
    EXPECT_NE(draw(a, "randomUint()"), first); // a stream: the next value is another
}

TEST(RandomCheats, RandomUintStaysInItsInclusiveRange) {
    RandomStream rng(3);
    bool saw_min = false, saw_max = false;
    for (int i = 0; i < 200; ++i) {
        const U256 v = draw(rng, "randomUint(uint256,uint256)", {U256{10}, U256{12}});
        EXPECT_TRUE(v >= U256{10} && v <= U256{12}) << vm::to_dec(v);
        saw_min |= v == U256{10};
        saw_max |= v == U256{12};
    }
    EXPECT_TRUE(saw_min && saw_max);
    EXPECT_EQ(draw(rng, "randomUint(uint256,uint256)", {U256{5}, U256{5}}), U256{5});
    // the whole range: no modulo of 2^256
    (void)draw(rng, "randomUint(uint256,uint256)", {U256{0}, U256::max()});
    EXPECT_EQ(refusal("randomUint(uint256,uint256)", {U256{2}, U256{1}}),
              "vm.randomUint: min must be less than or equal to max");
}

TEST(RandomCheats, BitsBoundTheValueAndItsSign) {
    RandomStream rng(5);
    bool negative = false;
    for (int i = 0; i < 100; ++i) {
        EXPECT_LE(draw(rng, "randomUint(uint256)", {U256{8}}), U256{255});
        const U256 v = draw(rng, "randomInt(uint256)", {U256{8}});
        // an int8: -128..127, sign-extended to the word
        EXPECT_TRUE(v <= U256{127} || v >= U256::max() - U256{127}) << vm::to_hex(v);
        negative |= v.is_negative();
    }
    EXPECT_TRUE(negative);
    EXPECT_EQ(draw(rng, "randomUint(uint256)", {U256{0}}), U256{0});
    EXPECT_EQ(draw(rng, "randomInt(uint256)", {U256{0}}), U256{0});
    EXPECT_EQ(refusal("randomUint(uint256)", {U256{257}}),
              "vm.randomUint: number of bits cannot exceed 256");
    EXPECT_EQ(refusal("randomInt(uint256)", {U256::max()}),
              "vm.randomInt: number of bits cannot exceed 256");
}

TEST(RandomCheats, FixedSizeValuesAreTheirType) {
    RandomStream rng(9);
    EXPECT_LE(draw(rng, "randomBool()"), U256{1});
    EXPECT_LE(draw(rng, "randomAddress()"), vm::low_mask(160));
    EXPECT_TRUE((draw(rng, "randomBytes4()") & vm::low_mask(224)).is_zero()); // left-aligned
    EXPECT_TRUE((draw(rng, "randomBytes8()") & vm::low_mask(192)).is_zero());
}

TEST(RandomCheats, RandomBytesHasTheLengthAskedUpToTheBound) {
    RandomStream rng(11);
    std::string error;
    const auto out = random_cheat("randomBytes(uint256)", words({U256{37}}), rng, error);
    ASSERT_TRUE(out) << error;
    const auto v = decode_values({"bytes"}, *out);
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].text.size(), 2u + 2u * 37u); // 0x and two hex digits a byte
    // the stream's draws, 8 bytes each, low byte first
    RandomStream same(11);
    std::string expected = "0x";
    for (std::size_t i = 0; i < 37; i += 8) {
        const std::uint64_t draw = same.next();
        for (std::size_t j = 0; j < 8 && i + j < 37; ++j)
            expected += fmt::format("{:02x}", (draw >> (8 * j)) & 0xFF);
    }
    EXPECT_EQ((*v)[0].text, expected);
    EXPECT_TRUE(random_cheat("randomBytes(uint256)", words({U256{kMaxRandomBytes}}), rng, error));
    EXPECT_EQ(refusal("randomBytes(uint256)", {U256{kMaxRandomBytes + 1}}),
              "vm.randomBytes: length 1048577 is above Mallory's bound of 1048576 bytes");
    EXPECT_EQ(refusal("randomBytes(uint256)", {}), "vm.randomBytes: malformed arguments");
}

TEST(RandomCheats, TheTableNamesEachCheatAndItsType) {
    EXPECT_TRUE(is_random_cheat("randomInt()"));
    EXPECT_FALSE(is_random_cheat("random()"));
    EXPECT_EQ(random_cheat_returns("randomBytes8()"), "bytes8");
    EXPECT_EQ(random_cheat_signature(vm::selector_of("randomUint(uint256,uint256)")),
              "randomUint(uint256,uint256)");
    std::string error;
    RandomStream rng(1);
    EXPECT_FALSE(random_cheat("deal(address,uint256)", {}, rng, error));
    EXPECT_TRUE(error.empty());
}

} // namespace
} // namespace mallory::chain::foundry
