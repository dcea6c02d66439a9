// The views an invariant calls run in the block of the transaction just judged, in the search
// and in the replay alike: a schedule that unlocks a day after deployment reads as unlocked
// once the clock has passed it. (A view run at the default block, timestamp 0, would read
// nothing vested after a legitimate release and report a violation that is not there.)
#include "analyzer/analyzer.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

/// The vault of tests/analyzer/corpus/inv_vesting_view_clock.sol with release() paying only
/// what has vested: safe.
const char* safe_vesting_src = R"(pragma solidity ^0.8.20;
contract Schedule {
    uint256 public immutable start;
    constructor() { start = block.timestamp + 1 days; }
    function vested(uint256 amount) external view returns (uint256) {
        return block.timestamp >= start ? amount : 0;
    }
}
/// #invariant released <= schedule.vested(total);
contract VestingVault {
    Schedule public immutable schedule;
    address public immutable beneficiary;
    uint256 public constant total = 10 ether;
    uint256 public released;
    constructor() payable {
        schedule = new Schedule();
        beneficiary = msg.sender;
    }
    function release() external {
        uint256 due = schedule.vested(total) - released;
        require(due > 0, "nothing vested");
        released += due;
        payable(beneficiary).transfer(due);
    }
    receive() external payable {}
}
)";

AnalyzeOptions quick() {
    AnalyzeOptions o;
    o.explore.txs = 3;
    o.explore.max_txs = 3;
    o.explore.timeout_seconds = 20;
    return o;
}

TEST(ViewClock, AReleaseAfterTheUnlockKeepsTheInvariant) {
    auto p = Program::from_sources({{"Vesting.sol", safe_vesting_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick());
    for (const Finding& f : r.findings)
        ADD_FAILURE() << "unexpected " << f.message;
    // The clock did pass the unlock: release() ran, so the invariant was judged after it.
    EXPECT_NE(std::find(r.stats.covered.begin(), r.stats.covered.end(), "VestingVault.release()"),
              r.stats.covered.end());
}

TEST(ViewClock, AReleaseBeforeTheUnlockIsConfirmedOnTheChain) {
    const auto path =
        std::string(MALLORY_SOURCE_DIR) + "/tests/analyzer/corpus/inv_vesting_view_clock.sol";
    auto p = Program::load({path});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick());
    const Finding* inv = nullptr;
    for (const Finding& f : r.findings)
        if (f.check == CheckId::invariant) inv = &f;
    ASSERT_NE(inv, nullptr);
    ASSERT_TRUE(inv->witness);
    EXPECT_TRUE(inv->confirmed);
    const ReplayResult rr = replay(*p, *inv->witness);
    EXPECT_TRUE(rr.violated);
    EXPECT_NE(rr.verdict.find("schedule.vested(total) = 0"), std::string::npos) << rr.verdict;
}

} // namespace
} // namespace mallory::analyzer
