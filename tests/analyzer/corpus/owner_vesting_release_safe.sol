// expect: safe
// contract: TeamVesting
pragma solidity ^0.8.20;
/// Ether vesting the owner funds per member; the member releases what has vested after a
/// cliff counted in days. release() books the payment before it pays. The set-up must not hand
/// the owner's role to a member to fund a schedule (only the owner funds one), and the owner
/// funds the adversary's schedule and an honest member's during the search.
contract TeamVesting {
    struct Grant {
        uint256 amount;
        uint256 paid;
        uint64 start;
        uint64 cliff;
    }

    address public owner;
    mapping(address => Grant) public grants;

    error NotOwner();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor() {
        owner = msg.sender;
    }

    function setOwner(address next) external onlyOwner {
        require(next != address(0), "zero");
        owner = next;
    }

    function fund(address member, uint64 cliffDays) external payable onlyOwner {
        require(msg.value > 0, "empty");
        require(grants[member].amount == 0, "funded");
        grants[member] = Grant(msg.value, 0, uint64(block.timestamp), cliffDays * 1 days);
    }

    function vested(address member) public view returns (uint256) {
        Grant storage g = grants[member];
        if (block.timestamp < g.start + g.cliff) return 0;
        return g.amount - g.paid;
    }

    function release() external {
        uint256 due = vested(msg.sender);
        require(due > 0, "nothing");
        grants[msg.sender].paid += due;
        (bool ok, ) = msg.sender.call{value: due}("");
        require(ok, "send");
    }
}
