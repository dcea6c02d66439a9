// What the static facts say about a function's calls (analyzer/facts.hpp).
#include "analyzer/facts.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* shapes = R"(pragma solidity ^0.8.20;
interface IHook {
    function hooked(address from, uint256 amount) external;
}
contract Shapes {
    mapping(address => uint256) public balanceOf;
    uint256 private locked = 1;
    IHook public immutable registry = IHook(address(0x1234));
    modifier guarded() {
        require(locked == 1, "locked");
        locked = 2;
        _;
        locked = 1;
    }
    function send(address to, uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        IHook(to).hooked(msg.sender, amount);
    }
    function sendThenCount(address to, uint256 amount) external {
        IHook(to).hooked(msg.sender, amount);
        balanceOf[to] += amount;
    }
    function sendEach(address[] calldata to) external {
        for (uint256 i = 0; i < to.length; i++) {
            balanceOf[to[i]] += 1;
            IHook(to[i]).hooked(msg.sender, 1);
        }
    }
    function sendGuarded(address to) external guarded {
        IHook(to).hooked(msg.sender, 1);
    }
    function lend(uint256 amount) external {
        uint256 before = address(this).balance;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok && address(this).balance >= before, "not repaid");
    }
    function pay(address to) external {
        (bool ok, ) = to.call{value: 1}("");
        require(ok, "failed");
    }
    function tellRegistry() external {
        registry.hooked(msg.sender, 1);
    }
}
)";

TEST(Facts, AFunctionEndsWithItsOnlyCallWhenNothingOfItRunsAfterTheCall) {
    // Only then is a re-entry at the callback the same as the same call made next: a write, a
    // read (a flash loan's balance check), a loop's next round or a modifier's epilogue after
    // the call, or a callee the adversary does not control, and it is not.
    auto p = Program::from_sources({{"Shapes.sol", shapes}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const auto ends = [&](const char* signature) {
        const FunctionFacts* f = facts.find("Shapes", signature);
        EXPECT_TRUE(f) << signature;
        return f && f->ends_with_its_only_call();
    };
    EXPECT_TRUE(ends("send(address,uint256)"));
    EXPECT_TRUE(ends("pay(address)"));
    EXPECT_FALSE(ends("sendThenCount(address,uint256)"));
    EXPECT_FALSE(ends("sendEach(address[])"));
    EXPECT_FALSE(ends("sendGuarded(address)"));
    EXPECT_FALSE(ends("lend(uint256)"));
    EXPECT_FALSE(ends("tellRegistry()"));
}

TEST(Facts, ACallToAnAccountTheCallerChoosesIsOneToAParameterOrTheCallerNotToAStateVariable) {
    // The search guides a function toward the adversary's callback only where one can come:
    // the account is the caller or one it names, not the registry the deployment fixed.
    auto p = Program::from_sources({{"Shapes.sol", shapes}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const auto outward = [&](const char* signature) {
        const FunctionFacts* f = facts.find("Shapes", signature);
        EXPECT_TRUE(f) << signature;
        return f ? facts.first_call_to_a_caller_given_account(*p, *f) : -1;
    };
    EXPECT_GE(outward("send(address,uint256)"), 0);
    EXPECT_GE(outward("pay(address)"), 0);
    EXPECT_GE(outward("lend(uint256)"), 0);
    EXPECT_EQ(outward("tellRegistry()"), -1);
}

TEST(Facts, AHelpersParameterStandsForItsArgumentInTheAccountACallGoesTo) {
    // `_send(to, x)` pays whom its callers name: the caller (an account it chooses), the owner
    // in storage (not one it chooses), the arbiter in an immutable (trusted, as a direct call to
    // it is), or a helper's own parameter handed on through a second helper.
    auto p = Program::from_sources({{"Helpers.sol", R"(pragma solidity ^0.8.20;
contract Helpers {
    address public owner = msg.sender;
    address public immutable arbiter = msg.sender;
    function toCaller() external { _send(msg.sender, 1); }
    function toOwner() external { _send(owner, 1); }
    function toArbiter() external { _send(arbiter, 1); }
    function toNamed(address who) external { _relay(who); }
    function toOwnerRelayed() external { _relay(owner); }
    function _relay(address w) private { _send(w, 1); }
    function _send(address to, uint256 amount) private {
        (bool ok, ) = payable(to).call{value: amount}("");
        require(ok, "send failed");
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const auto outward = [&](const char* signature) {
        const FunctionFacts* f = facts.find("Helpers", signature);
        EXPECT_TRUE(f) << signature;
        return f ? facts.first_call_to_a_caller_given_account(*p, *f) : -1;
    };
    EXPECT_GE(outward("toCaller()"), 0);
    EXPECT_EQ(outward("toOwner()"), -1);
    EXPECT_EQ(outward("toArbiter()"), -1);
    EXPECT_GE(outward("toNamed(address)"), 0);
    EXPECT_EQ(outward("toOwnerRelayed()"), -1);
    const FunctionFacts* arbiter = facts.find("Helpers", "toArbiter()");
    ASSERT_TRUE(arbiter);
    EXPECT_TRUE(std::any_of(arbiter->effects.begin(), arbiter->effects.end(),
                            [](const Effect& e) { return e.kind == Effect::call && e.trusted; }));
}

TEST(Facts, ACheckThatTheCallerIsOnAnAccessListMakesAFunctionPrivileged) {
    // `require(isOwner[msg.sender])`, a list the constructor puts the deployer on, admits its
    // members alone, as `msg.sender == owner` admits one; `require(!voted[msg.sender])` admits
    // everyone once and is no privilege, nor is `backed[id][msg.sender]`, one object's record per
    // caller. The lists are access-control state (sender_guards).
    auto p = Program::from_sources({{"Access.sol", R"(pragma solidity ^0.8.20;
contract Access {
    address public owner = msg.sender;
    mapping(address => bool) public isOwner;
    mapping(address => bool) public voted;
    mapping(address => bool) public member;
    uint256 public count;
    constructor() { isOwner[msg.sender] = true; }
    function join() external { member[msg.sender] = true; }
    function members() external { require(member[msg.sender], "member"); count += 1; }
    function byList() external { require(isOwner[msg.sender], "owner"); count += 1; }
    function byOwner() external { require(msg.sender == owner, "owner"); count += 1; }
    function once() external { require(!voted[msg.sender], "voted"); voted[msg.sender] = true; }
    mapping(uint256 => mapping(address => bool)) public backed;
    function cashOut(uint256 id) external { require(backed[id][msg.sender], "backer"); count += 1; }
    function anyone() external { count += 1; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const auto privileged = [&](const char* signature) {
        const FunctionFacts* f = facts.find("Access", signature);
        EXPECT_TRUE(f) << signature;
        return f && f->sender_checked;
    };
    EXPECT_TRUE(privileged("byList()"));
    EXPECT_TRUE(privileged("byOwner()"));
    EXPECT_FALSE(privileged("once()"));
    EXPECT_FALSE(privileged("anyone()"));
    EXPECT_FALSE(privileged("members()"));        // a list anyone joins, the deployer not on it
    EXPECT_FALSE(privileged("cashOut(uint256)")); // one object's record, not an access list
    EXPECT_FALSE(facts.find("Access", "once()")->sender_guards.empty());
    // One object's record per caller is no access state either: writing it grants nothing.
    EXPECT_TRUE(facts.find("Access", "cashOut(uint256)")->sender_guards.empty());
}

TEST(Facts, AListTheConstructorFillsWithTheOwnersItIsGivenIsAnAccessList) {
    // A multisig's owners, put on the list in a loop over a constructor parameter: the
    // accounts the deployment names may submit, where others may not.
    auto p = Program::from_sources({{"Wallet.sol", R"(pragma solidity ^0.8.20;
contract Wallet {
    mapping(address => bool) public isOwner;
    mapping(uint256 => mapping(address => bool)) public confirmed;
    uint256 public count;
    constructor(address[] memory owners) {
        for (uint256 i = 0; i < owners.length; i++) {
            if (owners[i] != address(0)) isOwner[owners[i]] = true;
        }
    }
    function submit() external { require(isOwner[msg.sender], "owner"); count += 1; }
    function confirm(uint256 id) external {
        require(isOwner[msg.sender] && !confirmed[id][msg.sender], "owner");
        confirmed[id][msg.sender] = true;
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    EXPECT_TRUE(facts.find("Wallet", "submit()")->sender_checked);
    const FunctionFacts* confirm = facts.find("Wallet", "confirm(uint256)");
    EXPECT_TRUE(confirm->sender_checked);
    // The confirmation record is no grant: only the owners list is access state.
    ASSERT_EQ(confirm->sender_guards.size(), 1u);
    EXPECT_EQ((*confirm->sender_guards.begin())->name, "isOwner");
}

} // namespace
} // namespace mallory::analyzer
