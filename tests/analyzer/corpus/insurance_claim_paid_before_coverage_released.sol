// expect: reentrancy same-function
// A mutual insurance pool: members provide capital, and anyone buys one policy at a time for a term of
// one day to a year at a premium of 2% of its coverage. While a policy is active its holder
// claims the coverage once, but claimPayout pays before it marks the policy claimed, so a
// holder that re-enters claimPayout from the payment is paid its coverage again out of the
// capital and the premiums of the others.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract MutualCover {
    struct Policy {
        address holder;
        uint256 coverage;
        uint256 expiry;
        bool claimed;
    }

    uint256 public constant PREMIUM_BPS = 200;
    uint256 public totalCapital;
    uint256 public activeCoverage;
    mapping(address => uint256) public capitalOf;
    mapping(address => bool) public insured;
    Policy[] public policies;

    function provideCapital() external payable {
        require(msg.value > 0, "nothing");
        capitalOf[msg.sender] += msg.value;
        totalCapital += msg.value;
    }

    function buyPolicy(uint256 coverage, uint256 duration) external payable returns (uint256 id) {
        require(duration >= 1 days && duration <= 365 days, "term");
        require(coverage >= 1 ether, "minimum coverage");
        require(!insured[msg.sender], "one policy each");
        require(msg.value == (coverage * PREMIUM_BPS) / 10000, "premium");
        require(activeCoverage + coverage <= totalCapital, "undercapitalised");
        activeCoverage += coverage;
        insured[msg.sender] = true;
        id = policies.length;
        policies.push(Policy(msg.sender, coverage, block.timestamp + duration, false));
    }

    function claimPayout(uint256 id) external {
        Policy storage p = policies[id];
        require(p.holder == msg.sender, "not holder");
        require(!p.claimed, "claimed");
        require(block.timestamp <= p.expiry, "expired");
        (bool ok, ) = msg.sender.call{value: p.coverage}("");
        require(ok, "payout failed");
        p.claimed = true;
        activeCoverage -= p.coverage;
        insured[msg.sender] = false;
    }
}
