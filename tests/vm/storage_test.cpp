// SSTORE/SLOAD gas (EIP-2200/2929/3529), memory expansion gas, and the journal.
#include "tests/vm/vm_fixture.hpp"

namespace mallory::vm::test {
namespace {

struct SstoreCase {
    const char* name;
    std::uint64_t original;
    std::vector<std::uint64_t> writes;
    Gas used;
    Gas refund;
};

// The table of EIP-3529 (London), warm slot: PUSH1 v PUSH1 0 SSTORE per write (6 + SSTORE).
const SstoreCase kEip3529[] = {
    {"0_0_0", 0, {0, 0}, 212, 0},          {"0_0_1", 0, {0, 1}, 20112, 0},
    {"0_1_0", 0, {1, 0}, 20112, 19900},    {"0_1_2", 0, {1, 2}, 20112, 0},
    {"0_1_1", 0, {1, 1}, 20112, 0},        {"1_0_0", 1, {0, 0}, 3012, 4800},
    {"1_0_1", 1, {0, 1}, 3012, 2800},      {"1_0_2", 1, {0, 2}, 3012, 0},
    {"1_2_0", 1, {2, 0}, 3012, 4800},      {"1_2_3", 1, {2, 3}, 3012, 0},
    {"1_2_1", 1, {2, 1}, 3012, 2800},      {"1_2_2", 1, {2, 2}, 3012, 0},
    {"1_1_0", 1, {1, 0}, 3012, 4800},      {"1_1_2", 1, {1, 2}, 3012, 0},
    {"1_1_1", 1, {1, 1}, 212, 0},          {"0_1_0_1", 0, {1, 0, 1}, 40118, 19900},
    {"1_0_1_0", 1, {0, 1, 0}, 5918, 7600},
};

class Sstore : public VmTest {};

TEST_P(Sstore, Eip3529Table) {
    for (const SstoreCase& c : kEip3529) {
        MemoryState s;
        Executor e{s};
        if (GetParam() == Backend::Traced) e.set_tracer(&tracer);
        s.begin_transaction();
        s.sstore(kContract, U256{0}, U256{c.original});
        s.begin_transaction();       // the value becomes the original
        s.sload(kContract, U256{0}); // warm, as the EIP's table assumes
        s.install(kContract, single([&](FunctionBuilder& f) {
                      for (std::uint64_t v : c.writes)
                          f.emit(Op::PUSH1, {0}).emit(Op::PUSH1, {v}).emit(Op::SSTORE);
                      f.emit(Op::STOP);
                  }));
        Message m;
        m.gas = 100000;
        m.recipient = m.code_address = kContract;
        const Result r = e.execute(m);
        ASSERT_EQ(r.status, Status::Success) << c.name;
        // our PUSH1 0 costs 3 like EVM's PUSH1 0x00
        EXPECT_EQ(m.gas - r.gas_left, c.used) << c.name;
        EXPECT_EQ(r.gas_refund, c.refund) << c.name;
        EXPECT_EQ(s.peek_storage(kContract, U256{0}), U256{c.writes.back()}) << c.name;
    }
}

TEST_P(Sstore, ColdAccessAndSentry) {
    const auto code = single([](FunctionBuilder& f) {
        f.emit(Op::PUSH1, {7}).emit(Op::PUSH1, {1}).emit(Op::SSTORE).emit(Op::STOP);
    });
    const Result cold = run(code);
    EXPECT_EQ(1'000'000 - cold.gas_left, 6 + 2100 + 20000);
    const Result sentry = run(code, {}, 2306); // 2300 left at SSTORE: must fail
    EXPECT_EQ(sentry.status, Status::OutOfGas);
    const auto load2 = single([](FunctionBuilder& f) {
        f.push(U256{9}).emit(Op::SLOAD).push(U256{9}).emit(Op::SLOAD).emit(Op::STOP);
    });
    const Result r = run(load2);
    EXPECT_EQ(1'000'000 - r.gas_left, 3 + 2100 + 3 + 100);
}

TEST_P(Sstore, MemoryExpansionGas) {
    const auto touch = [&](std::uint64_t off) {
        const Result r = run(
            single([&](FunctionBuilder& f) { f.push(U256{off}).emit(Op::MLOAD).emit(Op::STOP); }),
            {}, 100'000'000);
        return 100'000'000 - r.gas_left;
    };
    EXPECT_EQ(touch(0), 2 + 3 + memory_cost(1)); // PUSH0, MLOAD, one word
    EXPECT_EQ(touch(1000 * 32), 3 + 3 + memory_cost(1001));
    EXPECT_EQ(memory_cost(1), 3);
    EXPECT_EQ(memory_cost(1024), 3 * 1024 + 1024 * 1024 / 512);
    const Result huge = run(single(
        [](FunctionBuilder& f) { f.push(shl(U256{1}, 40)).emit(Op::MLOAD).emit(Op::STOP); }));
    EXPECT_EQ(huge.status, Status::OutOfGas);
}

INSTANTIATE_TEST_SUITE_P(Backends, Sstore, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

TEST(Journal, RevertRestoresEverythingWritten) {
    MemoryState s;
    const Address a = Address::from_u64(1), b = Address::from_u64(2);
    s.begin_transaction();
    s.set_balance(a, U256{100});
    s.sstore(a, U256{1}, U256{11});
    const Snapshot snap = s.snapshot();
    const std::size_t journal_before = s.journal_size();
    s.set_balance(a, U256{5});
    s.set_nonce(b, 3);
    s.sstore(a, U256{1}, U256{12});
    s.sstore(a, U256{2}, U256{22});
    EXPECT_TRUE(s.access_account(b));
    s.emit_log(Log{a, {U256{1}}, {}});
    EXPECT_EQ(s.journal_size() - journal_before, 6u); // O(entries written)
    s.revert_to(snap);
    EXPECT_EQ(s.balance(a), U256{100});
    EXPECT_EQ(s.nonce(b), 0u);
    EXPECT_EQ(s.peek_storage(a, U256{1}), U256{11});
    EXPECT_EQ(s.peek_storage(a, U256{2}), U256{});
    EXPECT_TRUE(s.logs().empty());
    EXPECT_TRUE(s.access_account(b)); // cold again after the revert
    // EIP-2200 original survives the revert: still the transaction-start value 0
    const StorageWrite w = s.sstore(a, U256{1}, U256{13});
    EXPECT_EQ(w.original, U256{});
    EXPECT_EQ(w.current, U256{11});
    EXPECT_FALSE(w.was_cold);
}

TEST(Journal, TransactionBoundaryCommitsOriginalsAndColdness) {
    MemoryState s;
    const Address a = Address::from_u64(1);
    s.begin_transaction();
    s.sstore(a, U256{1}, U256{5});
    s.begin_transaction();
    const StorageWrite w = s.sstore(a, U256{1}, U256{6});
    EXPECT_TRUE(w.was_cold);
    EXPECT_EQ(w.original, U256{5});
    const StorageWrite w2 = s.sstore(a, U256{1}, U256{7});
    EXPECT_EQ(w2.original, U256{5});
    EXPECT_EQ(w2.current, U256{6});
    EXPECT_EQ(s.storage_count(a), 1u);
}

TEST(Journal, ManySlotsStayConsistent) {
    MemoryState s;
    const Address a = Address::from_u64(1);
    s.begin_transaction();
    for (std::uint64_t i = 0; i < 100000; ++i)
        s.sstore(a, U256{i * 7919}, U256{i + 1});
    const Snapshot snap = s.snapshot();
    for (std::uint64_t i = 0; i < 100000; i += 2)
        s.sstore(a, U256{i * 7919}, U256{});
    s.revert_to(snap);
    for (std::uint64_t i = 0; i < 100000; ++i)
        ASSERT_EQ(s.peek_storage(a, U256{i * 7919}), U256{i + 1});
}

} // namespace
} // namespace mallory::vm::test

namespace mallory::vm::test {
namespace {

// The storage digest the analyzer identifies states by: order-independent, kept by writes and
// by the journal's undo, blind to slots written back to zero.
TEST(StorageDigest, FollowsWritesRevertsAndIsOrderIndependent) {
    MemoryState a, b;
    const Address x = Address::from_u64(0xA);
    EXPECT_EQ(a.storage_digest(x), 0u);
    a.sstore(x, U256{1}, U256{7});
    a.sstore(x, U256{2}, U256{8});
    b.sstore(x, U256{2}, U256{8});
    b.sstore(x, U256{1}, U256{7});
    EXPECT_EQ(a.storage_digest(x), b.storage_digest(x));
    EXPECT_NE(a.storage_digest(x), 0u);
    const std::uint64_t before = a.storage_digest(x);
    const Snapshot s = a.snapshot();
    a.sstore(x, U256{1}, U256{9});
    EXPECT_NE(a.storage_digest(x), before);
    a.revert_to(s);
    EXPECT_EQ(a.storage_digest(x), before);
    // The same value in another slot is another state.
    MemoryState c;
    c.sstore(x, U256{3}, U256{7});
    c.sstore(x, U256{2}, U256{8});
    EXPECT_NE(c.storage_digest(x), before);
    // Written back to zero: as if never written.
    c.sstore(x, U256{3}, U256{});
    c.sstore(x, U256{2}, U256{});
    EXPECT_EQ(c.storage_digest(x), 0u);
}

} // namespace
} // namespace mallory::vm::test
