// Comparison feedback (issue 10 item 8): the limits an amount was compared with, and the
// refused calls the explorer retries with them.
#include "analyzer/feedback.hpp"
#include "vm/code.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

using vm::U256;
using Pair = ComparisonLog::Pair;

TEST(LimitsFor, AnArgumentComparedAsItIsSuggestsTheLimitAndOneLess) {
    // `require(amount <= limit)` compiles to GT(amount, limit): the limit, and one less for a
    // strict `<`.
    const std::vector<Pair> log{{U256{1000}, U256{150}}};
    EXPECT_EQ(limits_for(log, U256{1000}, 8), (std::vector<U256>{U256{150}, U256{149}}));
    // Either side: LT(limit, amount).
    const std::vector<Pair> swapped{{U256{150}, U256{1000}}};
    EXPECT_EQ(limits_for(swapped, U256{1000}, 8), (std::vector<U256>{U256{150}, U256{149}}));
}

TEST(LimitsFor, ASumHoldingTheArgumentSuggestsWhatIsLeft) {
    // `sold + n <= CAP` with sold = 30, n = 90, CAP = 100: GT(120, 100), so n = 70 (or 69)
    // meets it; the other reading (CAP = 10 + n) is also offered, after it.
    const std::vector<Pair> log{{U256{120}, U256{100}}};
    EXPECT_EQ(limits_for(log, U256{90}, 8),
              (std::vector<U256>{U256{70}, U256{69}, U256{110}, U256{109}}));
}

TEST(LimitsFor, ExactMatchesComeFirstAndTheCountIsBounded) {
    const std::vector<Pair> log{{U256{507}, U256{600}}, {U256{7}, U256{5}}};
    // The exact comparison of 7 first (5, 4), then the sum 507 = 500 + 7 (600 - 500 = 100, 99).
    EXPECT_EQ(limits_for(log, U256{7}, 8),
              (std::vector<U256>{U256{5}, U256{4}, U256{100}, U256{99}}));
    EXPECT_EQ(limits_for(log, U256{7}, 3), (std::vector<U256>{U256{5}, U256{4}, U256{100}}));
}

TEST(LimitsFor, ComparisonsWithoutTheArgumentSuggestNothing) {
    // Both sides below the argument: no sum holds it.
    const std::vector<Pair> log{{U256{4}, U256{36}}, {U256{36}, U256{36}}};
    EXPECT_TRUE(limits_for(log, U256{1000}, 8).empty());
    // A limit of zero suggests zero only, never a wrapped "one less".
    const std::vector<Pair> zero{{U256{1000}, U256{0}}};
    EXPECT_EQ(limits_for(zero, U256{1000}, 8), std::vector<U256>{U256{0}});
}

TEST(PaymentsAsked, TheOtherSideOfEachComparisonWithThePayment) {
    ComparisonLog log;
    const U256 sent{1000};
    log.equalities = {{U256{7}, U256{9}}, {sent, U256{1010}}, {U256{30}, sent}};
    log.orderings = {{sent, U256{500}}, {U256{1010}, sent}, {sent, U256{}}};
    // Equalities first, then orderings; without duplicates, zero or the payment itself.
    EXPECT_EQ(payments_asked(log, sent, 8), (std::vector<U256>{U256{1010}, U256{30}, U256{500}}));
    EXPECT_EQ(payments_asked(log, sent, 1), (std::vector<U256>{U256{1010}}));
    EXPECT_TRUE(payments_asked(log, U256{5}, 8).empty());
}

/// One instruction of `code` at `pc` with `stack` (top last), as the VM reports it.
vm::StepInfo step_at(const vm::ContractCode* code, std::uint32_t pc, vm::Op op,
                     const std::vector<U256>& stack) {
    return vm::StepInfo{code, pc, op, 0, std::span<const U256>(stack), 0, 1};
}

TEST(ComparisonLog, KeepsTheHashesOfNamesNotOfSlots) {
    const vm::ContractCode code;
    ComparisonLog log;
    const U256 node = vm::shl(U256{1}, 200), slot = vm::shl(U256{3}, 200),
               empty = vm::shl(U256{5}, 200);
    // KECCAK256 takes the offset under the length; its result tops the stack at the next step.
    const auto hash = [&](const U256& length, const U256& result) {
        log.on_step(step_at(&code, 1, vm::Op::KECCAK256, {U256{0x80}, length}));
        log.on_step(step_at(&code, 2, vm::Op::DUP, {result}));
    };
    hash(U256{4}, node);  // keccak256(bytes(name))
    hash(U256{64}, slot); // records[node]: a mapping's slot
    hash(U256{32}, slot); // an array's data
    hash(U256{0}, empty); // nothing hashed names nothing
    hash(U256{4}, node);  // the same name again
    EXPECT_EQ(log.computed, std::vector<U256>{node});
    // A result read in another frame (the hash ran out of gas) is not one.
    log.on_step(step_at(&code, 1, vm::Op::KECCAK256, {U256{0x80}, U256{7}}));
    log.on_step(vm::StepInfo{&code, 9, vm::Op::POP, 0, std::span<const U256>(&slot, 1), 0, 0});
    EXPECT_EQ(log.computed, std::vector<U256>{node});
}

TEST(ProgressLog, CountsDistinctBranchesAndReadsNotLoops) {
    const vm::ContractCode a, b;
    const std::vector<U256> stack{U256{1}, U256{2}};
    ProgressLog log;
    log.on_step(step_at(&a, 10, vm::Op::JUMPI, stack));
    log.on_step(step_at(&a, 10, vm::Op::JUMPI, stack)); // the same branch again: a loop
    log.on_step(step_at(&a, 20, vm::Op::SLOAD, stack));
    log.on_step(step_at(&b, 10, vm::Op::JUMPI, stack)); // another contract's code
    log.on_step(step_at(&a, 30, vm::Op::ADD, stack));   // neither a branch nor a read
    EXPECT_EQ(log.points(), 3u);
}

TEST(ProgressLog, TheDistanceIsTheLastOrderingComparisons) {
    const vm::ContractCode code;
    ProgressLog log;
    EXPECT_EQ(log.distance(), U256{});
    log.on_step(step_at(&code, 1, vm::Op::LT, {U256{100}, U256{40}}));
    EXPECT_EQ(log.distance(), U256{60});
    log.on_step(step_at(&code, 2, vm::Op::GT, {U256{7}, U256{9}})); // either order
    EXPECT_EQ(log.distance(), U256{2});
    log.on_step(step_at(&code, 3, vm::Op::EQ, {U256{7}, U256{1000}})); // not an ordering
    EXPECT_EQ(log.distance(), U256{2});
}

} // namespace
} // namespace mallory::analyzer
