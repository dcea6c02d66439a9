// vm.record()/vm.accesses(): chain/foundry/access_recorder.hpp.
#include "chain/foundry/access_recorder.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

U256 word_at(const Bytes& b, std::size_t i) {
    return vm::load_be(b.data() + 32 * i);
}

TEST(AccessRecorder, EncodesReadsAndWritesAsTwoArrays) {
    AccessRecorder r;
    const Address a = Address::from_word(U256{0xaa});
    r.start();
    r.on_access(a, U256{7}, false);
    r.on_access(a, U256{9}, true);
    r.on_access(Address::from_word(U256{0xbb}), U256{1}, true);
    const Bytes out = r.encode_accesses(a);
    ASSERT_EQ(out.size(), 32u * 7);
    EXPECT_EQ(word_at(out, 0), U256{64});  // reads' offset
    EXPECT_EQ(word_at(out, 1), U256{160}); // writes' offset: after 1 + 2 words
    EXPECT_EQ(word_at(out, 2), U256{2});
    EXPECT_EQ(word_at(out, 3), U256{7});
    EXPECT_EQ(word_at(out, 4), U256{9}); // a write is a read too
    EXPECT_EQ(word_at(out, 5), U256{1});
    EXPECT_EQ(word_at(out, 6), U256{9});
}

TEST(AccessRecorder, StartForgetsAndStopKeeps) {
    AccessRecorder r;
    const Address a = Address::from_word(U256{0xaa});
    EXPECT_FALSE(r.recording());
    r.start();
    r.on_access(a, U256{1}, false);
    r.stop();
    EXPECT_FALSE(r.recording());
    EXPECT_EQ(word_at(r.encode_accesses(a), 2), U256{1});
    r.start();
    EXPECT_EQ(word_at(r.encode_accesses(a), 2), U256{0});
    EXPECT_EQ(r.encode_accesses(Address::from_word(U256{0xcc})).size(), 32u * 4);
}

} // namespace
} // namespace mallory::chain::foundry
