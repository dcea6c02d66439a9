// The built-in ether property: no transaction creates ether, i.e. the ether held by the
// accounts the exploration knows never grows. It is one property of the whole world, and it
// holds under theft: ether that moves from a victim to the adversary is conserved (stealing
// is what callback-freedom and the contract's own invariants catch).
#include "analyzer/analyzer.hpp"
#include "analyzer/replay.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* bank = R"(pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
)";

TEST(EtherProperty, OnePerProgram) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    std::size_t n = 0;
    for (const Property& pr : collect_properties(*p))
        n += pr.kind == PropertyKind::ether;
    EXPECT_EQ(n, 1u);
}

TEST(EtherProperty, HoldsUnderTheftAndIsReportedUnknownNotViolated) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok());
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    const Report r = analyze(*p, o);
    bool theft = false;
    for (const Finding& f : r.findings) {
        EXPECT_NE(f.check, "ether-conservation") << f.message;
        theft |= f.check == "reentrancy" && f.confirmed;
    }
    EXPECT_TRUE(theft);
    bool listed = false;
    for (const ProofEntry& e : r.proofs)
        if (e.property.find("ether conservation") != std::string::npos) {
            listed = true;
            EXPECT_EQ(e.status, PropertyStatus::unknown);
        }
    EXPECT_TRUE(listed);
}

TEST(EtherProperty, ReplayComparesTheKnownAccountsTotal) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok());
    const CallSpec deposit{"Bank", "deposit()", {}, vm::U256{1'000'000'000'000'000'000ULL}};
    const CallSpec withdraw{"Bank", "withdraw()", {}, {}};
    Witness w;
    w.deployments = {{"Bank", {}, {}}};
    w.setup = {{"bob", {"Bank", "deposit()", {}, vm::U256{5'000'000'000'000'000'000ULL}}, {}}};
    w.steps = {{adversary_name, deposit, {}},
               {adversary_name, withdraw, {{ChoiceKind::reenter, withdraw}}}};
    w.property = PropertyKind::ether;
    w.contract = "Bank";
    const ReplayResult rr = replay(*p, w);
    ASSERT_TRUE(rr.ran) << rr.error;
    EXPECT_FALSE(rr.violated) << rr.verdict; // mallory gained 1 ether, bob's deposit lost it
}

} // namespace
} // namespace mallory::analyzer
