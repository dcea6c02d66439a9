// The journaled world state: nested snapshots, O(written) reverts, EIP-2200 originals, roots
// and block diffs.
#include "chain/state.hpp"

#include <gtest/gtest.h>

using namespace mallory::chain;

namespace {
const Address A = Address::from_u64(0xA);
const Address B = Address::from_u64(0xB);
} // namespace

TEST(WorldState, NestedSnapshotsRevertExactly) {
    WorldState s;
    s.set_balance(A, U256{100});
    s.sstore(A, U256{1}, U256{11});
    const auto outer = s.snapshot();
    s.set_balance(A, U256{50});
    s.set_nonce(A, 3);
    const auto inner = s.snapshot();
    s.sstore(A, U256{1}, U256{22});
    s.sstore(B, U256{2}, U256{33});
    s.emit_log({A, {U256{1}}, {}});
    EXPECT_EQ(s.logs().size(), 1u);
    s.revert_to(inner);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{11});
    EXPECT_EQ(s.peek_storage(B, U256{2}), U256{});
    EXPECT_EQ(s.nonce(A), 3u);
    EXPECT_TRUE(s.logs().empty());
    s.revert_to(outer);
    EXPECT_EQ(s.balance(A), U256{100});
    EXPECT_EQ(s.nonce(A), 0u);
    EXPECT_EQ(s.journal_size(), outer);
}

TEST(WorldState, RevertCostsOnlyWhatWasWritten) {
    WorldState s;
    for (std::uint64_t i = 0; i < 1000; ++i)
        s.sstore(A, U256{i}, U256{i + 1});
    s.begin_transaction();
    const auto snap = s.snapshot();
    s.sstore(A, U256{5}, U256{99});
    EXPECT_LE(s.journal_size() - snap, 2u); // the write and the slot's warm mark
    s.revert_to(snap);
    EXPECT_EQ(s.peek_storage(A, U256{5}), U256{6});
}

TEST(WorldState, OriginalValuesAndWarmth) {
    WorldState s;
    s.sstore(A, U256{1}, U256{7});
    s.begin_transaction();
    auto w1 = s.sstore(A, U256{1}, U256{8});
    EXPECT_TRUE(w1.was_cold);
    EXPECT_EQ(w1.original, U256{7});
    auto w2 = s.sstore(A, U256{1}, U256{9});
    EXPECT_FALSE(w2.was_cold);
    EXPECT_EQ(w2.original, U256{7});
    EXPECT_EQ(w2.current, U256{8});
    EXPECT_TRUE(s.access_account(B));
    EXPECT_FALSE(s.access_account(B));
    const auto snap = s.snapshot();
    EXPECT_TRUE(s.sload(A, U256{2}).was_cold);
    s.revert_to(snap);
    EXPECT_TRUE(s.sload(A, U256{2}).was_cold); // access lists revert too (EIP-2929)
}

TEST(WorldState, RootIsOrderIndependentAndCachesMatchScratch) {
    WorldState a, b;
    a.set_balance(A, U256{1});
    a.sstore(A, U256{3}, U256{4});
    a.set_balance(B, U256{2});
    b.set_balance(B, U256{2});
    b.sstore(A, U256{3}, U256{4});
    b.set_balance(A, U256{1});
    EXPECT_EQ(a.root(), b.root());
    EXPECT_EQ(a.root(), a.root_uncached());
    a.sstore(A, U256{3}, U256{5});
    EXPECT_NE(a.root(), b.root());
    EXPECT_EQ(a.root(), a.root_uncached());
    a.sstore(A, U256{3}, U256{4});
    EXPECT_EQ(a.root(), b.root());
    // Empty accounts are not in the tree: touching one changes nothing.
    const Hash before = a.root();
    a.set_balance(Address::from_u64(0xEE), U256{});
    EXPECT_EQ(a.root(), before);
}

TEST(WorldState, DiffsMoveTheStateBothWays) {
    WorldState s;
    s.set_balance(A, U256{10});
    s.sstore(A, U256{1}, U256{2});
    const StateDiff d0 = s.take_diff();
    const Hash r0 = s.root();
    s.set_balance(A, U256{5});
    s.set_balance(B, U256{5});
    s.sstore(A, U256{1}, U256{0});
    s.sstore(A, U256{9}, U256{9});
    const StateDiff d1 = s.take_diff();
    const Hash r1 = s.root();
    EXPECT_EQ(d1.accounts.size(), 2u);
    EXPECT_EQ(d1.slots.size(), 2u);
    s.apply(d1, false);
    EXPECT_EQ(s.root(), r0);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{2});
    s.apply(d1, true);
    EXPECT_EQ(s.root(), r1);
    // Encoding round trip, and a fresh state replays to the same root.
    StateDiff back;
    ASSERT_TRUE(StateDiff::decode(BytesView{d1.encode()}, back));
    WorldState fresh;
    fresh.apply(d0, true);
    fresh.apply(back, true);
    EXPECT_EQ(fresh.root(), r1);
}

TEST(WorldState, RevertedWritesLeaveNoDiff) {
    WorldState s;
    s.set_balance(A, U256{10});
    (void)s.take_diff();
    const auto snap = s.snapshot();
    s.set_balance(A, U256{3});
    s.sstore(A, U256{1}, U256{1});
    s.revert_to(snap);
    EXPECT_TRUE(s.take_diff().empty());
}

// A slot rewritten within one epoch has one journal entry; snapshots and reverts start new
// epochs, so every revert still restores the value at its snapshot.
TEST(WorldState, RewritesBetweenSnapshotsRevertExactly) {
    WorldState s;
    s.begin_transaction();
    s.sstore(A, U256{1}, U256{1});
    const auto start = s.snapshot();
    for (std::uint64_t v = 2; v < 1000; ++v)
        s.sstore(A, U256{1}, U256{v});
    const auto grown = s.snapshot();
    EXPECT_LE(grown - start, 2u) << "a rewritten slot must not grow the journal";
    s.sstore(A, U256{1}, U256{5000});
    const auto mid = s.snapshot();
    s.sstore(A, U256{1}, U256{6000});
    s.sstore(A, U256{1}, U256{7000});
    s.revert_to(mid);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{5000});
    s.sstore(A, U256{1}, U256{8000}); // after a revert: journaled again
    s.revert_to(mid);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{5000});
    s.revert_to(grown);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{999});
    s.revert_to(start);
    EXPECT_EQ(s.peek_storage(A, U256{1}), U256{1});
    EXPECT_EQ(s.sstore(A, U256{1}, U256{2}).original, U256{}) << "original is the tx's start";
}

TEST(WorldState, TransientStorageIsJournaledAndPerTransaction) {
    WorldState s;
    s.tstore(A, U256{1}, U256{7});
    const auto snap = s.snapshot();
    s.tstore(A, U256{1}, U256{8});
    s.tstore(B, U256{1}, U256{9});
    s.revert_to(snap);
    EXPECT_EQ(s.tload(A, U256{1}), U256{7});
    EXPECT_EQ(s.tload(B, U256{1}), U256{});
    const auto before_end = s.snapshot();
    s.end_transaction();
    EXPECT_EQ(s.tload(A, U256{1}), U256{});
    s.revert_to(before_end);
    EXPECT_EQ(s.tload(A, U256{1}), U256{7});
    const Hash root = s.root();
    s.begin_transaction();
    EXPECT_EQ(s.tload(A, U256{1}), U256{});
    EXPECT_EQ(s.root(), root); // never part of the state root
    EXPECT_TRUE(s.accounts().empty());
}

// SELFDESTRUCT of an account created in the same transaction (EIP-6780): destroy_account
// removes its code, storage, nonce and balance, journaled, recorded in the block's diff, and
// the root is the root of a state that never had it.
TEST(WorldState, ADestroyedAccountLeavesNoTrace) {
    WorldState s;
    s.set_balance(B, U256{1});
    const Hash without = s.root();
    const StateDiff d0 = s.take_diff();
    s.set_nonce(A, 1);
    s.set_balance(A, U256{7});
    s.set_code(A, Bytes{1, 2, 3}, nullptr);
    s.sstore(A, U256{1}, U256{11});
    s.sstore(A, U256{2}, U256{22});
    const auto before = s.snapshot();
    s.destroy_account(A);
    EXPECT_TRUE(s.is_empty(A));
    EXPECT_FALSE(s.exists(A));
    EXPECT_EQ(s.code_size(A), 0u);
    EXPECT_TRUE(s.storage(A).empty());
    EXPECT_EQ(s.root(), without);
    s.revert_to(before);
    EXPECT_EQ(s.peek_storage(A, U256{2}), U256{22});
    EXPECT_EQ(s.balance(A), U256{7});
    EXPECT_EQ(s.code_size(A), 3u);
    s.destroy_account(A);
    const StateDiff d1 = s.take_diff();
    WorldState fresh;
    fresh.apply(d0, true);
    fresh.apply(d1, true);
    EXPECT_EQ(fresh.root(), without);
}
