// Checked fixes: reordering when it keeps what the call reads, a guard otherwise, each
// verified by analyzing the edited copy again; and the unified diff.
#include "analyzer/fix.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* bank = R"(// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Bank {
    mapping(address => uint256) public balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
}
)";

AnalyzeOptions quick() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.max_txs = 2; // no directed deepening: the fix's re-analysis must end well within
                           // the deadline even under the sanitizers, or it verifies nothing
    o.explore.depth = 2;
    o.explore.timeout_seconds = 20;
    return o;
}

const Finding* reentrancy(const Report& r) {
    for (const Finding& f : r.findings)
        if (f.check == CheckId::reentrancy) return &f;
    return nullptr;
}

TEST(Fix, ReorderIsProposedAndVerified) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick());
    const Finding* f = reentrancy(r);
    ASSERT_NE(f, nullptr);
    ASSERT_TRUE(f->fix);
    EXPECT_EQ(f->fix->kind, "reorder");
    EXPECT_TRUE(f->fix->verified);
    EXPECT_NE(f->fix->diff.find("+        balances[msg.sender] = 0;\n         (bool ok, ) ="),
              std::string::npos)
        << f->fix->diff;
    EXPECT_NE(f->fix->diff.find("-        balances[msg.sender] = 0;"), std::string::npos);
}

TEST(Fix, DaoGetsAGuardBecauseThePayoutReadsTheBalance) {
    auto p = Program::load({std::string(MALLORY_SOURCE_DIR) + "/contracts/dao/DAO.sol"});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const Report r = analyze(*p, quick());
    const Finding* f = reentrancy(r);
    ASSERT_NE(f, nullptr);
    const auto candidates = propose_fixes(*p, facts, *f);
    for (const FixCandidate& c : candidates)
        EXPECT_NE(c.kind, "reorder"); // would pay out nothing
    ASSERT_TRUE(f->fix);
    EXPECT_EQ(f->fix->kind, "guard");
    EXPECT_TRUE(f->fix->verified);
    EXPECT_NE(f->fix->diff.find("function splitDAO() external nonReentrant returns (bool) {"),
              std::string::npos)
        << f->fix->diff;
}

TEST(Fix, TheGuardKeepsClearOfTheNamesTheContractInherits) {
    // The bank inherits a `nonReentrant` and its lock from a base and guards `withdraw` with
    // it, not `transfer`: the proposed guard is a lock of its own under free names, put once
    // on each function, and not on `receive`, which only takes the ether a vault pays back.
    auto p = Program::from_sources({{"Bank.sol", R"(// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

abstract contract Guarded {
    uint256 private _reentrancyLock = 1;
    modifier nonReentrant() {
        require(_reentrancyLock == 1);
        _reentrancyLock = 2;
        _;
        _reentrancyLock = 1;
    }
}

contract Bank is Guarded {
    address public immutable vault = address(0x1234);
    mapping(address => uint256) public balances;

    receive() external payable { require(msg.sender == vault); }

    function deposit() external payable { balances[msg.sender] += msg.value; }

    function transfer(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount);
        balances[to] += amount;
        balances[msg.sender] -= amount;
    }

    function withdraw() external nonReentrant {
        (bool ok, ) = msg.sender.call{value: balances[msg.sender]}("");
        require(ok);
        balances[msg.sender] = 0;
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    Finding f;
    f.contract = "Bank";
    const auto candidates = propose_fixes(*p, facts, f);
    const auto guard = std::find_if(candidates.begin(), candidates.end(),
                                    [](const FixCandidate& c) { return c.kind == "guard"; });
    ASSERT_NE(guard, candidates.end());
    const std::string& fixed = guard->patched;
    EXPECT_TRUE(Program::from_sources({{"Bank.sol", fixed}})->ok()) << fixed;
    EXPECT_NE(fixed.find("uint256 private _reentrancyLock2 = 1;"), std::string::npos) << fixed;
    EXPECT_NE(fixed.find("modifier malloryNonReentrant() {"), std::string::npos) << fixed;
    EXPECT_NE(fixed.find("function withdraw() external nonReentrant malloryNonReentrant {"),
              std::string::npos)
        << fixed;
    EXPECT_NE(fixed.find("function transfer(address to, uint256 amount) external "
                         "malloryNonReentrant {"),
              std::string::npos)
        << fixed;
    EXPECT_NE(fixed.find("receive() external payable { require"), std::string::npos) << fixed;
}

TEST(Fix, NoFixWhenNothingIsFound) {
    auto p = Program::load({std::string(MALLORY_SOURCE_DIR) + "/contracts/dao/DAOFixed.sol"});
    ASSERT_TRUE(p->ok());
    const Report r = analyze(*p, quick());
    for (const Finding& f : r.findings)
        EXPECT_FALSE(f.fix);
}

TEST(Fix, UnifiedDiff) {
    const std::string d = unified_diff("x.sol", "a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
    EXPECT_EQ(d, "--- a/x.sol\n+++ b/x.sol\n@@ -1,4 +1,5 @@\n a\n-b\n+B\n c\n d\n+e\n");
    EXPECT_EQ(unified_diff("x.sol", "same\n", "same\n"), "--- a/x.sol\n+++ b/x.sol\n");
}

} // namespace
} // namespace mallory::analyzer
