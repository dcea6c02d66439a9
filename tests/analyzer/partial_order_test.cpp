// Partial-order reduction (explorer.cpp, Search::commuted): consecutive transactions that
// touch disjoint storage and move no ether are explored in one order only; the findings stay.
#include "analyzer/explorer.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* setters = R"(pragma solidity ^0.8.20;
/// #invariant a == 0 || b == 0;
contract Setters {
    uint256 public a;
    uint256 public b;
    mapping(address => uint256) public balances;
    function setA(uint256 x) external { a = x; }
    function setB(uint256 x) external { b = x; }
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
)";

std::vector<std::array<bool, 2>> found(const ExploreResult& r) {
    std::vector<std::array<bool, 2>> out;
    for (const auto& v : r.violations)
        out.push_back({v[0].has_value(), v[1].has_value()});
    return out;
}

TEST(Explorer, PartialOrderExploresLessAndFindsTheSame) {
    auto p = Program::from_sources({{"Setters.sol", setters}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    ExploreOptions o;
    o.txs = 3;
    o.depth = 2;
    o.max_txs = o.txs;              // the complete levels only, without the directed ones,
    o.budget_per_partition = 40000; // and both complete: the comparison is fair
    o.timeout_seconds = 1e6;        // bounded by the budget, never by the machine's speed
    const ExploreResult reduced = explore(*p, o);
    o.partial_order = false;
    const ExploreResult full = explore(*p, o);
    EXPECT_FALSE(reduced.stats.budget_hit);
    EXPECT_FALSE(full.stats.budget_hit);
    EXPECT_FALSE(reduced.stats.timed_out);
    EXPECT_FALSE(full.stats.timed_out);
    EXPECT_LT(reduced.stats.transactions, full.stats.transactions);
    EXPECT_LT(reduced.stats.states, full.stats.states);
    EXPECT_EQ(found(reduced), found(full));
    bool invariant = false, reentry = false;
    for (std::size_t i = 0; i < reduced.properties.size(); ++i) {
        invariant |=
            reduced.properties[i].kind == PropertyKind::invariant && reduced.violations[i][0];
        reentry |= reduced.properties[i].kind == PropertyKind::callback_freedom &&
                   reduced.violations[i][1];
    }
    EXPECT_TRUE(invariant);
    EXPECT_TRUE(reentry);
    ::testing::Test::RecordProperty("states", std::to_string(reduced.stats.states) + " vs " +
                                                  std::to_string(full.stats.states));
    std::printf("partial order: states %llu -> %llu, transactions %llu -> %llu\n",
                static_cast<unsigned long long>(full.stats.states),
                static_cast<unsigned long long>(reduced.stats.states),
                static_cast<unsigned long long>(full.stats.transactions),
                static_cast<unsigned long long>(reduced.stats.transactions));
}

} // namespace
} // namespace mallory::analyzer
