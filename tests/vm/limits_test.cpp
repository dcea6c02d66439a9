// The tool's limits on an execution (vm/limits.hpp): the interrupt ends loops, recursion and
// nested calls with Status::Timeout; the memory budget ends memory and storage growth with
// Status::OutOfMemory; both abort the whole transaction, through every backend.
#include "vm/limits.hpp"
#include "vm_fixture.hpp"

#include <chrono>

namespace mallory::vm::test {
namespace {

using namespace std::chrono_literals;

class Limits : public VmTest {};

ContractCode endless_loop() {
    return single([](FunctionBuilder& f) {
        auto l = f.label();
        f.bind(l).emit(Op::JUMP, {l});
    });
}

/// Function 1 calls itself twice per level: a call tree without a backward jump.
ContractCode call_tree(std::uint16_t levels) {
    Builder b;
    auto& entry = b.function(0, 0);
    entry.push(U256{levels}).callf(1).emit(Op::POP).emit(Op::STOP);
    auto& f = b.function(1, 1); // the input is local 0
    auto leaf = f.label();
    f.lget(0).emit(Op::JUMPZ, {leaf});
    f.lget(0).push(U256{1}).emit(Op::SUB);
    f.emit(Op::DUP, {1}).callf(1).emit(Op::POP).callf(1).emit(Op::RETF);
    f.bind(leaf).push(U256{0}).emit(Op::RETF);
    return b.build();
}

/// Stores at ever larger memory offsets (0, 32, 64, ...) forever.
ContractCode endless_memory() {
    return single(
        [](FunctionBuilder& f) {
            auto l = f.label();
            f.bind(l).lget(0).push(U256{1}).emit(Op::MSTORE);
            f.lget(0).push(U256{4096}).emit(Op::ADD).lset(0).emit(Op::JUMP, {l});
        },
        1);
}

/// Writes ever new storage slots forever.
ContractCode endless_storage() {
    return single(
        [](FunctionBuilder& f) {
            auto l = f.label();
            f.bind(l).lget(0).push(U256{1}).emit(Op::SSTORE);
            f.lget(0).push(U256{1}).emit(Op::ADD).lset(0).emit(Op::JUMP, {l});
        },
        1);
}

TEST_P(Limits, InterruptEndsABackwardJumpLoop) {
    ex.interrupt();
    const Result r = run(endless_loop(), {}, INT64_MAX);
    EXPECT_EQ(r.status, Status::Timeout);
    EXPECT_EQ(ex.limit_hit(), Status::Timeout);
    ex.clear_interrupt();
    EXPECT_EQ(ex.limit_hit(), Status::Success);
}

TEST_P(Limits, InterruptEndsACallTreeWithoutLoops) {
    // 2^40 calls would take hours; the interrupt is seen at the next CALLF.
    install(kContract, call_tree(40));
    Watchdog dog(100ms, [this] { ex.interrupt(); });
    EXPECT_EQ(call(kContract, {}, INT64_MAX).status, Status::Timeout);
}

TEST_P(Limits, InterruptedMessageNeverStarts) {
    install(kContract, single([](FunctionBuilder& f) { f.emit(Op::STOP); }));
    ex.interrupt();
    EXPECT_EQ(call(kContract).status, Status::Timeout);
}

TEST_P(Limits, WatchdogInterruptsARunningLoop) {
    install(kContract, endless_loop());
    const auto start = std::chrono::steady_clock::now();
    Watchdog dog(100ms, [this] { ex.interrupt(); });
    const Result r = call(kContract, {}, INT64_MAX);
    EXPECT_EQ(r.status, Status::Timeout);
    EXPECT_TRUE(dog.fired());
    EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
}

TEST(Watchdog, DestroyedEarlyNeverFires) {
    bool fired = false;
    {
        Watchdog dog(10s, [&] { fired = true; });
    }
    EXPECT_FALSE(fired);
}

TEST_P(Limits, TimeoutInACalleeAbortsTheCaller) {
    // The caller ignores the callee's failure (POP) and would loop on; it must not survive.
    install(Address::from_u64(0xBEEF), endless_loop());
    ContractCode caller = single([](FunctionBuilder& f) {
        // gas to value in inlen out outlen, gas deepest
        f.push(U256{INT64_MAX}).push(U256{0xBEEF});
        f.push(U256{0}).push(U256{0}).push(U256{0}).push(U256{0}).push(U256{0});
        f.emit(Op::CALL).emit(Op::POP);
        f.push(U256{7});
        return_top(f);
    });
    Watchdog dog(100ms, [this] { ex.interrupt(); });
    const Result r = run(caller, {}, INT64_MAX);
    EXPECT_EQ(r.status, Status::Timeout);
}

TEST_P(Limits, MemoryGrowthStopsAtTheBudget) {
    ex.set_memory_limit(1 << 20);
    const Result r = run(endless_memory(), {}, INT64_MAX);
    EXPECT_EQ(r.status, Status::OutOfMemory);
    EXPECT_EQ(r.gas_left, 0);
    EXPECT_EQ(ex.limit_hit(), Status::OutOfMemory);
    // The frame's memory was given back when it ended.
    EXPECT_EQ(ex.memory_budget().used(), 0u);
}

TEST_P(Limits, StorageGrowthStopsAtTheBudget) {
    ex.set_memory_limit(64 * MemoryBudget::journal_entry);
    const Result r = run(endless_storage(), {}, INT64_MAX);
    EXPECT_EQ(r.status, Status::OutOfMemory);
    EXPECT_EQ(state.storage_count(kContract), 0u); // the failed frame's writes are undone
}

TEST_P(Limits, WithinTheBudgetNothingChanges) {
    ex.set_memory_limit(1 << 20);
    const Result r = run(single([](FunctionBuilder& f) {
        f.push(U256{1000}).push(U256{5}).emit(Op::MSTORE).push(U256{1000}).emit(Op::MLOAD);
        return_top(f);
    }));
    EXPECT_EQ(r.status, Status::Success);
    EXPECT_EQ(word(r), U256{5});
    EXPECT_EQ(ex.limit_hit(), Status::Success);
}

TEST(MemoryBudget, TakeGiveReset) {
    MemoryBudget b;
    b.set_limit(100);
    EXPECT_TRUE(b.take(60));
    EXPECT_FALSE(b.take(41));
    EXPECT_TRUE(b.exhausted());
    EXPECT_EQ(b.used(), 60u);
    b.give(60);
    EXPECT_TRUE(b.take(100));
    b.reset();
    EXPECT_FALSE(b.exhausted());
    EXPECT_EQ(b.used(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Limits, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
