// Findings as the user reads them: placed in the analysed contract's own code.
#include "analyzer/analyzer.hpp"
#include "analyzer/z3_engine.hpp"
#include "tests/analyzer/search_clock.hpp"

#include <filesystem>
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

/// Two transactions, two re-entries, no fixes: what the placement and naming tests need.
AnalyzeOptions quick_options() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.fixes = false;
    return o;
}

TEST(Analyzer, AFindingIsPlacedAtTheContractsOwnCallNotInsideTheLibrary) {
    auto p = Program::from_sources({{"Rewards.sol", through_library}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick_options());
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

// A bank paying through a payer contract it created: the callback comes from the payer's call,
// and the bank's own call (to an immutable instance of the system, trusted) led there.
const char* through_payer = R"(pragma solidity ^0.8.20;
contract Payer {
    function pay(address to) external payable {
        (bool ok, ) = to.call{value: msg.value}("");
        require(ok, "send");
    }
}
contract Bank {
    Payer public immutable payer;
    mapping(address => uint256) public credit;
    constructor() { payer = new Payer(); }
    function deposit() external payable { credit[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        payer.pay{value: amount}(msg.sender);
        credit[msg.sender] = 0;
    }
}
)";

TEST(Analyzer, AFindingThroughTrustedSystemCodeIsPlacedAtTheCallThatLedThere) {
    auto p = Program::from_sources({{"Bank.sol", through_payer}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    ASSERT_TRUE(p->select("Bank"));
    const Report r = analyze(*p, quick_options());
    bool placed = false;
    for (const Finding& f : r.findings) {
        if (f.contract != "Bank" || f.kind == ReentryKind::none) continue;
        placed = true;
        EXPECT_EQ(f.location.line, 15) << f.message; // payer.pay{value: amount}(msg.sender)
        ASSERT_TRUE(f.related);
        EXPECT_EQ(f.related->line, 16); // credit[msg.sender] = 0
    }
    EXPECT_TRUE(placed) << "no re-entry finding on the bank";
}

TEST(Analyzer, AReentryIntoThePlainEntryNamesItReceive) {
    // A deposit re-entered through `receive` during the withdrawal is halved afterwards:
    // self-harm, and the message names the function re-entered, not "Pool." alone.
    auto p = Program::from_sources({{"Pool.sol", R"(pragma solidity ^0.8.20;
contract Pool {
    mapping(address => uint256) public credit;
    receive() external payable { credit[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 a = credit[msg.sender];
        credit[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: a}("");
        require(ok);
        credit[msg.sender] = credit[msg.sender] / 2;
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick_options());
    bool named = false;
    for (const Finding& f : r.findings)
        named |= f.message.find("re-enters Pool.receive() from the external call of "
                                "Pool.withdraw()") != std::string::npos;
    EXPECT_TRUE(named);
    for (const Finding& f : r.findings)
        EXPECT_EQ(f.message.find("Pool. "), std::string::npos) << f.message;
}

// A lender of ether against a token: the token is the first target, and the loan is sent
// before the debt is recorded. No constant is an amount that borrows more than half the limit
// that the borrower's collateral sets, so the double borrow needs the limit from the check
// that refused a larger amount (comparison feedback).
const char* token_lender = R"(pragma solidity ^0.8.20;
contract Token {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    constructor() { balanceOf[msg.sender] = 1e24; }
    function transfer(address to, uint256 v) external returns (bool) {
        balanceOf[msg.sender] -= v;
        balanceOf[to] += v;
        return true;
    }
    function approve(address s, uint256 v) external returns (bool) {
        allowance[msg.sender][s] = v;
        return true;
    }
    function transferFrom(address f, address to, uint256 v) external returns (bool) {
        allowance[f][msg.sender] -= v;
        balanceOf[f] -= v;
        balanceOf[to] += v;
        return true;
    }
}
contract Lender {
    Token public immutable token;
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;
    constructor(Token t) payable { token = t; }
    function deposit(uint256 amount) external {
        token.transferFrom(msg.sender, address(this), amount);
        collateral[msg.sender] += amount;
    }
    function borrow(uint256 amount) external {
        require(debt[msg.sender] + amount <= collateral[msg.sender] * 3 / 7000, "limit");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        debt[msg.sender] += amount;
    }
}
)";

TEST(Analyzer, TheProfitFromALoansCallbackIsTheLendersAtTheLimitItsCheckComparedWith) {
    auto p = Program::from_sources({{"Lender.sol", token_lender}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.max_txs = 2; // no deeper sequence: deposit, then borrow with re-entry
    o.explore.depth = 2;
    o.fixes = false;
    const Report r = analyze(*p, o);
    bool profit = false;
    for (const Finding& f : r.findings) {
        if (f.check != CheckId::adversary_profit) continue;
        profit = true;
        EXPECT_TRUE(f.confirmed) << f.message;
        // The system property's finding belongs to the contract whose call was re-entered.
        EXPECT_EQ(f.contract, "Lender") << f.message;
        ASSERT_TRUE(f.witness && !f.witness->steps.empty());
        const TxStep& last = f.witness->steps.back();
        EXPECT_EQ(last.call.signature, "borrow(uint256)");
        ASSERT_EQ(last.call.args.size(), 1u);
        // 3/7000 of a deposit from the domains: not a constant of the program.
        EXPECT_NE(last.call.args[0], vm::U256{3});
        EXPECT_NE(last.call.args[0], vm::U256{7000});
    }
    EXPECT_TRUE(profit);
}

// The search may use only three quarters of the analysis's time: a search its clock cuts
// (here one that could not end within any clock: every sequence up to 12 transactions, no
// budget) still leaves the proofs for all values, which do not depend on what it reached,
// their quarter. DAOFixed's six properties take Z3 well under a second.
TEST(Analyzer, ASearchCutByTheClockLeavesTheProofsTheirQuarter) {
    auto p = Program::load(
        {(std::filesystem::path(MALLORY_SOURCE_DIR) / "contracts/dao/DAOFixed.sol").string()});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Z3Engine z3;
    AnalyzeOptions o;
    o.explore.txs = 12;
    o.explore.max_txs = 12;
    o.explore.budget_per_partition = ~std::uint64_t{0};
#ifdef MALLORY_TESTS_UNDER_ASAN
    o.explore.timeout_seconds = 40; // the symbolic executor runs instrumented too
#else
    o.explore.timeout_seconds = 8;
#endif
    o.engines.push_back(&z3);
    o.fixes = false;
    const Report r = analyze(*p, o);
    EXPECT_TRUE(r.stats.timed_out);
    EXPECT_TRUE(r.timed_out);
    ASSERT_EQ(r.proofs.size(), 6u);
    for (const ProofEntry& e : r.proofs)
        EXPECT_EQ(e.status, PropertyStatus::proved) << e.property << ": " << e.reason;
}

} // namespace
} // namespace mallory::analyzer
