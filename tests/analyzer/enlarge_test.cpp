// The attack as reported asks the most it can: a re-entered borrow takes what the collateral
// allows, whatever amount the search first landed with.
#include "analyzer/analyzer.hpp"
#include "analyzer/enlarge.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/witness.hpp"

#include <chrono>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

// A pool lending ether against ether: the loan is sent before the debt is recorded, and the
// collateral may be redeemed while there is no debt. A borrow cannot re-enter itself, but the
// adversary's callback redeems its whole collateral, so it keeps the loan: up to three
// quarters of what it deposited.
const char* lending_pool = R"(pragma solidity ^0.8.20;
contract Pool {
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;
    function deposit() external payable { collateral[msg.sender] += msg.value; }
    function redeem(uint256 amount) external {
        require(debt[msg.sender] == 0 && collateral[msg.sender] >= amount, "locked");
        collateral[msg.sender] -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
    }
    bool private lending;
    function borrow(uint256 amount) external {
        require(!lending, "busy");
        require(debt[msg.sender] + amount <= collateral[msg.sender] * 3 / 4, "limit");
        lending = true;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        lending = false;
        debt[msg.sender] += amount;
    }
}
)";

// A pool whose borrow re-enters itself: the debt is recorded after the loan is sent, so a
// re-entered borrow passes the same limit again.
const char* double_borrow_pool = R"(pragma solidity ^0.8.20;
contract Pool {
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;
    function deposit() external payable { collateral[msg.sender] += msg.value; }
    function borrow(uint256 amount) external {
        require(debt[msg.sender] + amount <= collateral[msg.sender] * 3 / 4, "limit");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        debt[msg.sender] += amount;
    }
}
)";

AnalyzeOptions quick_options() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.max_txs = 2;
    o.explore.depth = 2;
    o.fixes = false;
    return o;
}

/// The confirmed finding of check `check` in `r` (none: nullptr).
const Finding* finding_of(const Report& r, CheckId check) {
    for (const Finding& f : r.findings)
        if (f.check == check && f.confirmed && f.witness) return &f;
    return nullptr;
}

const Finding* profit_finding(const Report& r) {
    return finding_of(r, CheckId::adversary_profit);
}

/// The ether the adversary's deposit step sends in `w`.
vm::U256 deposited(const Witness& w) {
    vm::U256 sum;
    for (const TxStep& s : w.steps)
        if (s.sender == adversary_name && s.call.signature == "deposit()") sum = sum + s.call.value;
    return sum;
}

TEST(Enlarge, TheReportedBorrowTakesWhatTheCollateralAllows) {
    auto p = Program::from_sources({{"Pool.sol", lending_pool}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick_options());
    const Finding* f = profit_finding(r);
    ASSERT_TRUE(f);
    const TxStep& last = f->witness->steps.back();
    ASSERT_EQ(last.call.signature, "borrow(uint256)") << f->message;
    const vm::U256 limit = vm::udiv(deposited(*f->witness) * vm::U256{3}, vm::U256{4});
    EXPECT_EQ(last.call.args.at(0), limit) << f->message;
    ASSERT_TRUE(f->impact);
    EXPECT_EQ(f->impact->adversary_gain, limit) << f->message;
}

TEST(Enlarge, ASmallLoanIsRaisedToTheLimitAndARefusedOneIsLeftAlone) {
    auto p = Program::from_sources({{"Pool.sol", lending_pool}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick_options());
    const Finding* f = profit_finding(r);
    ASSERT_TRUE(f);
    Witness small = *f->witness;
    small.steps.back().call.args.at(0) = vm::U256{2}; // the 2 wei a search may land with
    const ReplayResult rr = replay(*p, small);
    ASSERT_TRUE(rr.ran && rr.violated && rr.impact) << rr.error << rr.verdict;
    EXPECT_EQ(rr.impact->adversary_gain, vm::U256{2});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    const Witness big = enlarged(*p, small, *rr.impact, deadline);
    EXPECT_EQ(big.steps.back().call.args.at(0),
              vm::udiv(deposited(small) * vm::U256{3}, vm::U256{4}));
    // Nothing to gain once the clock has run out: the witness is kept as it is.
    EXPECT_EQ(enlarged(*p, small, *rr.impact, std::chrono::steady_clock::now()), small);
}

TEST(Enlarge, AReenteredBorrowIsRaisedToTheLimitToo) {
    auto p = Program::from_sources({{"Pool.sol", double_borrow_pool}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick_options());
    // The state the re-entry reached, which no order without it reaches: a callback-freedom
    // finding stays violated while the adversary loses.
    const Finding* f = finding_of(r, CheckId::reentrancy);
    ASSERT_TRUE(f);
    Witness small = *f->witness;
    TxStep& last = small.steps.back();
    ASSERT_EQ(last.call.signature, "borrow(uint256)");
    ASSERT_FALSE(last.choices.empty());
    ASSERT_EQ(last.choices.back().kind, ChoiceKind::reenter);
    // The outer loan at the limit, the re-entered one 2 wei: the adversary ends short of what
    // it deposited (its collateral stays behind), and the re-entry still broke the limit.
    const vm::U256 limit = vm::udiv(deposited(small) * vm::U256{3}, vm::U256{4});
    last.call.args.at(0) = limit;
    last.choices.back().call.args.at(0) = vm::U256{2};
    const ReplayResult rr = replay(*p, small);
    ASSERT_TRUE(rr.ran && rr.violated && rr.impact) << rr.error << rr.verdict;
    EXPECT_FALSE(rr.impact->adversary_loss.is_zero());
    const Witness big = enlarged(*p, small, *rr.impact,
                                 std::chrono::steady_clock::now() + std::chrono::seconds(60));
    EXPECT_EQ(big.steps.back().call.args.at(0), limit);
    EXPECT_EQ(big.steps.back().choices.back().call.args.at(0), limit);
}

TEST(Enlarge, AGainIsLargerOnlyWhenNoAssetShrinks) {
    Impact ether;
    ether.adversary_gain = vm::U256{5};
    Impact more_ether = ether;
    more_ether.adversary_gain = vm::U256{6};
    EXPECT_TRUE(gains_more(more_ether, ether));
    EXPECT_FALSE(gains_more(ether, more_ether));
    EXPECT_FALSE(gains_more(ether, ether));
    Impact with_token = ether;
    with_token.tokens.push_back(TokenImpact{"untrusted1", vm::U256{1}, {}, {}});
    EXPECT_TRUE(gains_more(with_token, ether));
    Impact traded = more_ether; // more ether, the token gone
    EXPECT_FALSE(gains_more(traded, with_token));
    Impact lost; // a smaller loss of its own is better off too
    lost.adversary_loss = vm::U256{5};
    Impact lost_less;
    lost_less.adversary_loss = vm::U256{2};
    EXPECT_TRUE(gains_more(lost_less, lost));
    EXPECT_TRUE(gains_more(Impact{}, lost_less));
    EXPECT_FALSE(gains_more(lost, Impact{}));
}

} // namespace
} // namespace mallory::analyzer
