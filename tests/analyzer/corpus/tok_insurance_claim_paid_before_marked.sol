// expect: reentrancy same-function
// A mutual insurance pool kept in a token passed at deployment: members provide capital in
// the token, and anyone holds one policy at a time, for a term of one day to a year, paying
// a premium of 2% of its coverage in the token. claimPayout pays the coverage with the token
// before it marks the policy claimed, so a holder called back by the token (a token with
// receive hooks, or one nobody vouched for) re-enters claimPayout and is paid again out of
// the others' capital and premiums.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

contract TokenCover {
    struct Policy {
        address holder;
        uint256 coverage;
        uint256 expiry;
        bool claimed;
    }

    uint256 public constant PREMIUM_BPS = 200;
    IERC20 public immutable token;
    uint256 public totalCapital;
    uint256 public activeCoverage;
    mapping(address => uint256) public capitalOf;
    mapping(address => bool) public insured;
    Policy[] public policies;

    constructor(IERC20 token_) {
        token = token_;
    }

    function provideCapital(uint256 amount) external {
        require(amount > 0, "nothing");
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        capitalOf[msg.sender] += amount;
        totalCapital += amount;
    }

    function buyPolicy(uint256 coverage, uint256 duration) external returns (uint256 id) {
        require(duration >= 1 days && duration <= 365 days, "term");
        require(coverage >= 100, "minimum coverage");
        require(!insured[msg.sender], "one policy each");
        require(activeCoverage + coverage <= totalCapital, "undercapitalised");
        activeCoverage += coverage;
        insured[msg.sender] = true;
        id = policies.length;
        policies.push(Policy(msg.sender, coverage, block.timestamp + duration, false));
        require(token.transferFrom(msg.sender, address(this), (coverage * PREMIUM_BPS) / 10000), "premium");
    }

    function claimPayout(uint256 id) external {
        Policy storage p = policies[id];
        require(p.holder == msg.sender, "not holder");
        require(!p.claimed, "claimed");
        require(block.timestamp <= p.expiry, "expired");
        require(token.transfer(msg.sender, p.coverage), "payout");
        p.claimed = true;
        activeCoverage -= p.coverage;
        insured[msg.sender] = false;
    }
}
