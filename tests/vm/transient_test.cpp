// Transient storage (EIP-1153): TLOAD/TSTORE gas, per-account slots that survive calls within a
// transaction, a reverted frame's TSTOREs undone, TSTORE failing in a static context, and the
// slots cleared when a transaction ends (journaled, so an earlier snapshot still restores).
#include "tests/vm/vm_fixture.hpp"
#include "vm/transient_storage.hpp"

namespace mallory::vm::test {
namespace {

const Address kA = Address::from_u64(0xA);
const Address kB = Address::from_u64(0xB);

void emit_tstore(FunctionBuilder& f, std::uint64_t key, std::uint64_t value) {
    f.push(U256{key}).push(U256{value}).emit(Op::TSTORE);
}

/// Calls `to` with all gas (CALL or STATICCALL), no input, output to memory 0..32.
void emit_call(FunctionBuilder& f, const Address& to, Op op = Op::CALL) {
    f.push(U256{50000}).push(to.to_word());
    if (op == Op::CALL) f.push(U256{});
    f.push(U256{0}).push(U256{0}).push(U256{0}).push(U256{32}).emit(op);
}

/// Returns transient slot `key` and the top of the stack below it as two words.
ContractCode load_slot(std::uint64_t key) {
    return single([key](FunctionBuilder& f) {
        f.push(U256{key}).emit(Op::TLOAD);
        return_top(f);
    });
}

class Transient : public VmTest {};

TEST_P(Transient, GasIsAWarmReadEach) {
    const Result r = run(single([](FunctionBuilder& f) {
        emit_tstore(f, 1, 42);
        f.push(U256{1}).emit(Op::TLOAD);
        return_top(f);
    }));
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{42});
    // PUSH1 PUSH1 TSTORE PUSH1 TLOAD, then return_top's PUSH0 SWAP MSTORE PUSH0 PUSH1 RETURN.
    const Gas body = 3 + 3 + 100 + 3 + 100;
    const Gas ret = 2 + 3 + 3 + 3 + 2 + 3;
    EXPECT_EQ(1'000'000 - r.gas_left, body + ret);
    EXPECT_EQ(r.gas_refund, 0);
    EXPECT_EQ(state.peek_storage(kContract, U256{1}), U256{}); // storage is untouched
}

TEST_P(Transient, SlotsArePerAccountAndLastTheTransaction) {
    install(kA, single([](FunctionBuilder& f) {
                emit_tstore(f, 1, 11);
                f.emit(Op::STOP);
            }));
    ASSERT_EQ(call(kA).status, Status::Success);
    EXPECT_EQ(state.tload(kA, U256{1}), U256{11});
    EXPECT_EQ(state.tload(kB, U256{1}), U256{});
    install(kA, load_slot(1)); // a later call in the same transaction reads it
    EXPECT_EQ(word(call(kA)), U256{11});
    install(kB, load_slot(1));
    EXPECT_EQ(word(call(kB)), U256{});
    state.begin_transaction();
    EXPECT_EQ(word(call(kA)), U256{});
}

TEST_P(Transient, RevertedFrameUndoesItsWrites) {
    // B writes 2, then reverts; A writes 1, calls B, and returns slot 1 after the call.
    install(kB, single([](FunctionBuilder& f) {
                emit_tstore(f, 1, 2);
                emit_tstore(f, 7, 2);
                f.push(U256{0}).push(U256{0}).emit(Op::REVERT);
            }));
    install(kA, single([](FunctionBuilder& f) {
                emit_tstore(f, 1, 1);
                emit_call(f, kB);
                f.emit(Op::POP);
                f.push(U256{1}).emit(Op::TLOAD);
                return_top(f);
            }));
    const Result r = call(kA);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{1});
    EXPECT_EQ(state.tload(kB, U256{1}), U256{});
    EXPECT_EQ(state.tload(kB, U256{7}), U256{});
}

TEST_P(Transient, StaticContextRejectsTstoreButNotTload) {
    install(kB, single([](FunctionBuilder& f) {
                emit_tstore(f, 1, 1);
                f.emit(Op::STOP);
            }));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, kB, Op::STATICCALL);
                return_top(f);
            }));
    const Result r = call(kA);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{0});
    EXPECT_EQ(state.tload(kB, U256{1}), U256{});
    state.tstore(kB, U256{3}, U256{9});
    install(kB, load_slot(3));
    install(kA, single([](FunctionBuilder& f) {
                emit_call(f, kB, Op::STATICCALL);
                f.emit(Op::POP);
                f.push(U256{0}).emit(Op::MLOAD);
                return_top(f);
            }));
    EXPECT_EQ(word(call(kA)), U256{9});
}

TEST_P(Transient, TransactionEndClearsJournaled) {
    install(kA, single([](FunctionBuilder& f) {
                emit_tstore(f, 1, 5);
                f.emit(Op::STOP);
            }));
    Transaction tx;
    tx.from = kSender;
    tx.to = kA;
    tx.gas_limit = 100000;
    const TxResult r = ex.transact(tx);
    ASSERT_TRUE(r.result.success());
    EXPECT_EQ(state.tload(kA, U256{1}), U256{}); // transact() ended the transaction
    // end_transaction() is journaled: a snapshot from before restores the values.
    state.tstore(kA, U256{1}, U256{6});
    const Snapshot s = state.snapshot();
    state.end_transaction();
    EXPECT_EQ(state.tload(kA, U256{1}), U256{});
    state.revert_to(s);
    EXPECT_EQ(state.tload(kA, U256{1}), U256{6});
}

INSTANTIATE_TEST_SUITE_P(Backends, Transient, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

TEST(TransientStorage, UndoRestoresInReverseOrder) {
    TransientStorage t;
    t.store(kA, U256{1}, U256{1});
    t.store(kA, U256{1}, U256{2});
    t.store(kB, U256{1}, U256{3});
    EXPECT_EQ(t.clear_journaled(), 2u);
    EXPECT_TRUE(t.empty());
    t.undo_last();
    t.undo_last();
    EXPECT_EQ(t.load(kA, U256{1}), U256{2});
    EXPECT_EQ(t.load(kB, U256{1}), U256{3});
    t.undo_last();
    t.undo_last();
    EXPECT_EQ(t.load(kA, U256{1}), U256{1});
    EXPECT_EQ(t.load(kB, U256{1}), U256{});
    t.undo_last(); // an extra undo has nothing left to restore
    t.undo_last();
    EXPECT_TRUE(t.empty());
    t.store(kA, U256{4}, U256{4});
    t.reset();
    EXPECT_TRUE(t.empty());
}

TEST(TransientStorage, MemoryStateUndoesWithoutAnyAccount) {
    MemoryState s; // no account exists: a transient entry must not name one
    const Snapshot before = s.snapshot();
    s.tstore(kA, U256{1}, U256{5});
    s.revert_to(before);
    EXPECT_EQ(s.tload(kA, U256{1}), U256{});
    s.tstore(kA, U256{1}, U256{6});
    const Snapshot mid = s.snapshot();
    s.end_transaction();
    s.revert_to(mid);
    EXPECT_EQ(s.tload(kA, U256{1}), U256{6});
}

} // namespace
} // namespace mallory::vm::test
