// ExploreOptions::stop_when: the search stops at the first violation it accepts, and a search
// stopped on purpose is not reported as timed out.
#include "analyzer/explorer.hpp"
#include "tests/analyzer/load_program.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* bank = R"(pragma solidity ^0.8.20;
/// #invariant total >= 0;
contract Bank {
    uint256 public total;
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; total += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
        total -= amount;
    }
}
)";

ExploreOptions small() {
    ExploreOptions o;
    o.txs = 2;
    o.max_txs = 2;
    o.depth = 2;
    return o;
}

std::size_t violations(const ExploreResult& r) {
    std::size_t n = 0;
    for (const auto& pair : r.violations)
        n += static_cast<std::size_t>(pair[0].has_value()) + pair[1].has_value();
    return n;
}

TEST(StopWhen, StopsAtTheFirstAcceptedViolationWithoutATimeout) {
    auto p = load_program(bank);
    const ExploreResult full = explore(*p, small());
    ASSERT_GE(violations(full), 1u);
    ExploreOptions o = small();
    o.stop_when = [](const Violation& v) { return v.via_reentry; };
    const ExploreResult stopped = explore(*p, o);
    EXPECT_FALSE(stopped.stats.timed_out);
    EXPECT_LT(stopped.stats.transactions, full.stats.transactions);
    bool reentry = false;
    for (const auto& pair : stopped.violations)
        reentry |= pair[1].has_value();
    EXPECT_TRUE(reentry);
}

TEST(StopWhen, ARejectingPredicateSearchesEverything) {
    auto p = load_program(bank);
    const ExploreResult full = explore(*p, small());
    ExploreOptions o = small();
    o.stop_when = [](const Violation&) { return false; };
    const ExploreResult same = explore(*p, o);
    EXPECT_EQ(same.stats.transactions, full.stats.transactions);
    EXPECT_EQ(violations(same), violations(full));
}

} // namespace
} // namespace mallory::analyzer
