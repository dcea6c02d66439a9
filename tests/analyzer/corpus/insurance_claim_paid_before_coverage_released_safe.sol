// expect: safe
// The mutual insurance pool of insurance_claim_paid_before_coverage_released with the policy
// marked claimed and its coverage released before the payout: a re-entered claim is refused.
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
        p.claimed = true;
        activeCoverage -= p.coverage;
        insured[msg.sender] = false;
        (bool ok, ) = msg.sender.call{value: p.coverage}("");
        require(ok, "payout failed");
    }
}
