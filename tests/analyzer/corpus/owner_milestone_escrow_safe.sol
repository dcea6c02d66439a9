// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// Milestone escrow: anyone funds a milestone for a payee, the owner approves it, the payee
/// claims it. The honest users' deposits create milestones 0 and 1 first, so the adversary's
/// own milestone is number 2: the owner must approve that id, and the adversary claim it.
/// The safe look-alike: `claim` marks the milestone paid before it pays (checks-effects-
/// interactions), so a re-entrant claim finds it paid.

contract MilestoneEscrow {
    struct Milestone {
        uint256 amount;
        address payee;
        bool approved;
        bool paid;
    }

    address public owner;
    Milestone[] public milestones;

    constructor() {
        owner = msg.sender;
    }

    function fund(address payee) external payable returns (uint256 id) {
        require(msg.value > 0, "zero");
        milestones.push(Milestone(msg.value, payee, false, false));
        return milestones.length - 1;
    }

    function approve(uint256 id) external {
        require(msg.sender == owner, "owner");
        milestones[id].approved = true;
    }

    function claim(uint256 id) external {
        Milestone storage m = milestones[id];
        require(m.approved && !m.paid, "not claimable");
        require(msg.sender == m.payee, "payee");
        m.paid = true;
        (bool ok, ) = m.payee.call{value: m.amount}("");
        require(ok, "send");
    }
}
