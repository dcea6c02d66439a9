// The chain a witness replays on: after a warp's run of empty blocks (TxStep::roll), a
// contract still reads the last 256 block hashes as the chain recorded them.
#include "analyzer/replay.hpp"
#include "chain/chain.hpp"
#include "tests/analyzer/load_program.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

TEST(ReplayChain, BlockhashReadsTheLast256BlocksAfterALongRunOfEmptyBlocks) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Hashes {
    function at(uint256 n) external view returns (bytes32) { return blockhash(n); }
})");
    const Target* t = p->target("Hashes");
    ASSERT_TRUE(t && t->compiled);
    auto c = chain::Chain::in_memory();
    const chain::PrivateKey alice = chain::Chain::dev_key("alice");
    const chain::Transaction deploy =
        c->prepare(alice, std::nullopt, vm::U256{}, vm::serialize(*t->compiled->code), 10'000'000);
    ASSERT_TRUE(c->submit(deploy).ok());
    c->mine();
    const auto receipt = c->receipt(deploy.hash());
    ASSERT_TRUE(receipt && receipt->created);
    for (int i = 0; i < 300; ++i) // the empty blocks of a lock counted in blocks
        c->mine();
    const std::uint64_t head = c->height();
    const auto blockhash = [&](std::uint64_t n) {
        const auto selector = vm::selector_of("at(uint256)");
        vm::Bytes data(selector.begin(), selector.end());
        data.resize(36);
        vm::store_be(data.data() + 4, vm::U256{n});
        const chain::CallResult r = c->call(alice.address(), *receipt->created, data);
        EXPECT_TRUE(r.success()) << r.revert_reason();
        return r.output.size() == 32 ? vm::load_be(r.output.data()) : vm::U256{1};
    };
    // The call runs in the head's child: it reads the head and the 255 blocks before it.
    for (const std::uint64_t back : {0u, 1u, 100u, 255u}) {
        const chain::Block* b = c->block(head - back);
        ASSERT_NE(b, nullptr);
        EXPECT_EQ(blockhash(head - back), vm::load_be(b->hash.data())) << back;
    }
    EXPECT_EQ(blockhash(head - 256), vm::U256{}); // out of reach
    EXPECT_EQ(blockhash(head + 1), vm::U256{});   // the block the call runs in
}

} // namespace
} // namespace mallory::analyzer
