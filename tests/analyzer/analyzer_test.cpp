// Findings as the user reads them: placed in the analysed contract's own code.
#include "analyzer/analyzer.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

// OpenZeppelin's shape: the payout goes through a library's internal `sendValue`, and the
// late write is in the contract.
const char* through_library = R"(pragma solidity ^0.8.20;
library Pay {
    function sendValue(address payable to, uint256 amount) internal {
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "send failed");
    }
}
contract Rewards {
    using Pay for address payable;
    mapping(address => uint256) public credit;
    function deposit() external payable { credit[msg.sender] += msg.value; }
    function claim() external {
        uint256 amount = credit[msg.sender];
        payable(msg.sender).sendValue(amount);
        credit[msg.sender] = 0;
    }
}
)";

TEST(Analyzer, AFindingIsPlacedAtTheContractsOwnCallNotInsideTheLibrary) {
    auto p = Program::from_sources({{"Rewards.sol", through_library}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.fixes = false;
    const Report r = analyze(*p, o);
    bool found = false;
    for (const Finding& f : r.findings) {
        if (f.check != CheckId::reentrancy) continue;
        found = true;
        EXPECT_TRUE(f.confirmed) << f.message;
        EXPECT_EQ(f.location.line, 14) << f.message; // payable(msg.sender).sendValue(amount)
        ASSERT_TRUE(f.related);
        EXPECT_EQ(f.related->line, 15); // credit[msg.sender] = 0
        EXPECT_NE(f.hint.find("before the external call at line 14"), std::string::npos) << f.hint;
    }
    EXPECT_TRUE(found);
}

} // namespace
} // namespace mallory::analyzer
