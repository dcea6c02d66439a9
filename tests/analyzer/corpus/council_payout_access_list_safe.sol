// expect: safe
// options: defaults
// The council look-alike that marks a payout done before paying it
// (checks-effects-interactions).
pragma solidity ^0.8.20;

contract CouncilWallet {
    struct Payout {
        address payable to;
        uint256 amount;
        uint256 approvals;
        bool done;
    }

    mapping(address => bool) public isMember;
    mapping(uint256 => mapping(address => bool)) public approvedBy;
    uint256 public quorum = 1;
    Payout[] public payouts;

    modifier onlyMember() {
        require(isMember[msg.sender], "member");
        _;
    }

    constructor() {
        isMember[msg.sender] = true;
    }

    receive() external payable {}

    function propose(address payable to, uint256 amount) external onlyMember returns (uint256 id) {
        id = payouts.length;
        payouts.push(Payout(to, amount, 0, false));
    }

    function approve(uint256 id) external onlyMember {
        require(id < payouts.length && !payouts[id].done, "payout");
        require(!approvedBy[id][msg.sender], "approved");
        approvedBy[id][msg.sender] = true;
        payouts[id].approvals += 1;
    }

    function release(uint256 id) external {
        Payout storage p = payouts[id];
        require(!p.done && p.approvals >= quorum, "not approved");
        require(address(this).balance >= p.amount, "funds");
        p.done = true;
        (bool ok, ) = p.to.call{value: p.amount}("");
        require(ok, "pay");
    }
}
