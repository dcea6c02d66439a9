// The seed paper's faulty withdrawal model (contracts/dao/SeedModel.sol): the explorer must
// find the attack that succeeds under Solidity 0.8's checked arithmetic. With BALANCE = 10
// and AMOUNT = 4, the paper's three re-entries underflow while the calls unwind and the
// whole transaction reverts; one re-entry succeeds (Mallory gets 8 of a balance of 10).
#include "analyzer/analyzer.hpp"
#include "analyzer/replay.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

TEST(SeedModel, FindsTheSingleReentryThatSurvivesCheckedArithmetic) {
    auto p = Program::load({std::string(MALLORY_SOURCE_DIR) + "/contracts/dao/SeedModel.sol"});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    AnalyzeOptions o;
    o.explore.txs = 1;
    o.explore.depth = 3;
    const Report r = analyze(*p, o);
    const Finding* attack = nullptr;
    for (const Finding& f : r.findings)
        if (f.check == CheckId::invariant && f.contract == "SeedModel" && f.witness &&
            f.witness->reentries() > 0)
            attack = &f;
    ASSERT_NE(attack, nullptr) << "no re-entrant violation of SafeWithdrawal";
    EXPECT_TRUE(attack->confirmed);
    const Witness& w = *attack->witness;
    ASSERT_EQ(w.deployments.front().contract, "SeedModel");
    EXPECT_EQ(w.deployments.front().args, (std::vector<vm::U256>{vm::U256{10}, vm::U256{4}}));
    ASSERT_EQ(w.steps.size(), 1u);
    const TxStep& s = w.steps.front();
    EXPECT_EQ(s.call.signature, "bankWithdraw(uint256)");
    EXPECT_EQ(s.call.args, std::vector<vm::U256>{vm::U256{4}});
    ASSERT_EQ(s.choices.size(), 1u); // re-enter once, then return
    EXPECT_EQ(s.choices[0].kind, ChoiceKind::reenter);
    EXPECT_EQ(s.choices[0].call.signature, "bankWithdraw(uint256)");
    EXPECT_EQ(s.choices[0].call.args, std::vector<vm::U256>{vm::U256{4}});
    EXPECT_TRUE(replay(*p, w).violated);
}

TEST(SeedModel, ThreeReentriesRevertUnderCheckedArithmetic) {
    auto p = Program::load({std::string(MALLORY_SOURCE_DIR) + "/contracts/dao/SeedModel.sol"});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Witness w;
    w.deployments = {{"SeedModel", {vm::U256{10}, vm::U256{4}}, {}}};
    w.property = PropertyKind::invariant;
    w.contract = "SeedModel";
    const CallSpec again{"SeedModel", "bankWithdraw(uint256)", {vm::U256{4}}, {}};
    w.steps = {{adversary_name,
                again,
                {{ChoiceKind::reenter, again},
                 {ChoiceKind::reenter, again},
                 {ChoiceKind::reenter, again}}}};
    const ReplayResult rr = replay(*p, w);
    ASSERT_TRUE(rr.ran) << rr.error;
    EXPECT_FALSE(rr.violated); // the underflow reverted everything: nothing moved
}

} // namespace
} // namespace mallory::analyzer
