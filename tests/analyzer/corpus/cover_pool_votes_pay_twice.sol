// expect: adversary-profit same-function
// options: defaults
// A mutual cover pool: members join with a premium (cover up to ten times it), file claims,
// and the other members vote; a majority approves a claim, which then pays the claimant
// before it is marked paid. The adversary joins, files a claim, and needs two honest members
// to vote it through (one vote per member per claim) before re-entering the payout.
pragma solidity ^0.8.20;

contract CoverPool {
    enum Status { None, Voting, Approved, Rejected, Paid }

    struct Claim {
        address claimant;
        uint128 amount;
        uint32 approvals;
        uint32 rejections;
        Status status;
    }

    uint256 public constant MIN_PREMIUM = 0.5 ether;
    mapping(address => uint256) public coverOf;
    uint256 public members;
    Claim[] public claims;
    mapping(uint256 => mapping(address => bool)) public voted;

    error NotMember();
    error Invalid();
    error WrongStatus();
    error PayFailed();

    modifier onlyMember() {
        if (coverOf[msg.sender] == 0) revert NotMember();
        _;
    }

    function join() external payable {
        if (coverOf[msg.sender] != 0 || msg.value < MIN_PREMIUM) revert Invalid();
        coverOf[msg.sender] = msg.value * 10;
        members += 1;
    }

    function fileClaim(uint256 amount) external onlyMember returns (uint256 id) {
        if (amount == 0 || amount > coverOf[msg.sender]) revert Invalid();
        id = claims.length;
        claims.push(Claim(msg.sender, uint128(amount), 0, 0, Status.Voting));
    }

    function vote(uint256 id, bool approve) external onlyMember {
        Claim storage c = claims[id];
        if (c.status != Status.Voting || c.claimant == msg.sender) revert WrongStatus();
        if (voted[id][msg.sender]) revert Invalid();
        voted[id][msg.sender] = true;
        if (approve) c.approvals += 1;
        else c.rejections += 1;
        uint256 quorum = (members - 1) / 2 + 1;
        if (c.approvals >= quorum) c.status = Status.Approved;
        else if (c.rejections >= quorum) c.status = Status.Rejected;
    }

    function payClaim(uint256 id) external {
        Claim storage c = claims[id];
        if (c.status != Status.Approved) revert WrongStatus();
        if (c.amount > address(this).balance) revert Invalid();
        (bool ok, ) = c.claimant.call{value: c.amount}("");
        if (!ok) revert PayFailed();
        c.status = Status.Paid;
    }
}
