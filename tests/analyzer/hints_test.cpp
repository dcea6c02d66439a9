// Z3 argument hints (issue 5 item 3a): values that reach guarded branches, from the path
// conditions, fed to the explorer's argument domains. Not in the corpus directory: the corpus
// test runs without engines (its expectations must not depend on Z3).
#include "analyzer/analyzer.hpp"
#include "analyzer/z3_engine.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* magic = R"(pragma solidity ^0.8.20;
contract MagicBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 code) external {
        require(code == 0xC0FFEE42, "no");
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
    function bonus(uint256 amount) external payable {
        if (amount > 10 ether) balances[msg.sender] += 1;
    }
}
)";

const check::FunctionInfo* function(const Program& p, const std::string& name) {
    for (const check::FunctionInfo* f : p.targets().front().info->external_functions)
        if (f->name == name) return f;
    return nullptr;
}

bool confirmed_reentrancy(const Report& r) {
    for (const Finding& f : r.findings)
        if (f.check == CheckId::reentrancy && f.confirmed) return true;
    return false;
}

TEST(Z3Hints, MagicValueAndBoundary) {
    auto p = Program::from_sources({{"MagicBank.sol", magic}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Z3Engine engine;
    const auto withdraw = engine.suggest_arguments(*p, function(*p, "withdraw"));
    EXPECT_NE(std::find(withdraw.begin(), withdraw.end(), vm::U256{0xC0FFEE42ULL}), withdraw.end());
    const auto bonus = engine.suggest_arguments(*p, function(*p, "bonus"));
    const vm::U256 ten{10'000'000'000'000'000'000ULL};
    bool above = false, at_most = false;
    for (const vm::U256& v : bonus) {
        above |= ten < v;
        at_most |= !(ten < v);
    }
    EXPECT_TRUE(above);
    EXPECT_TRUE(at_most);
    EXPECT_EQ(engine.suggest_arguments(*p, function(*p, "withdraw")), withdraw); // deterministic
}

TEST(Z3Hints, AFunctionThatReadsAnImmutableStillGetsHints) {
    // The immutable is whatever the constructor made it; the magic value is the function's.
    auto p = Program::from_sources({{"Immutable.sol", R"(pragma solidity ^0.8.20;
contract Vault {
    address public immutable keeper;
    mapping(address => uint256) public balances;
    constructor() { keeper = msg.sender; }
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 code) external {
        require(code + 1000 == 0xC0FFEE42 || msg.sender == keeper, "no");
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Z3Engine engine;
    const auto withdraw = engine.suggest_arguments(*p, function(*p, "withdraw"));
    EXPECT_NE(std::find(withdraw.begin(), withdraw.end(), vm::U256{0xC0FFEE42ULL - 1000}),
              withdraw.end());
}

// The magic value is not a constant of the program (the explorer's constant domain would hold
// it): only the engine's model of `code + 1000 == 0xC0FFEE42` finds it.
const char* derived_magic = R"(pragma solidity ^0.8.20;
contract MagicBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 code) external {
        require(code + 1000 == 0xC0FFEE42, "no");
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
)";

TEST(Z3Hints, MagicValueInTheProgramIsInTheExplorersDomainWithoutTheEngine) {
    auto p = Program::from_sources({{"MagicBank.sol", magic}});
    ASSERT_TRUE(p->ok());
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    EXPECT_TRUE(confirmed_reentrancy(analyze(*p, o)));
}

TEST(Z3Hints, DerivedMagicGuardedReentrancyIsFoundOnlyWithTheEngine) {
    auto p = Program::from_sources({{"MagicBank.sol", derived_magic}});
    ASSERT_TRUE(p->ok());
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    EXPECT_FALSE(confirmed_reentrancy(analyze(*p, o)));
    Z3Engine engine;
    o.engines = {&engine};
    EXPECT_TRUE(confirmed_reentrancy(analyze(*p, o)));
}

} // namespace
} // namespace mallory::analyzer
