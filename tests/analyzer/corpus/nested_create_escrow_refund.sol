// expect: adversary-profit same-function
// contract: Hub
pragma solidity ^0.8.20;
/// Two levels of creation: the hub's constructor creates a campaign, whose constructor creates
/// the escrow that holds the pledges. The escrow pays a withdrawn pledge before it zeroes it, so
/// a pledger that re-enters the campaign's withdrawal from the payment is paid again. The
/// attack is on the grandchild, reached through the child's functions.
contract PledgeEscrow {
    address public immutable campaign;
    mapping(address => uint256) public held;

    constructor() {
        campaign = msg.sender;
    }

    function hold(address backer) external payable {
        require(msg.sender == campaign, "only the campaign");
        held[backer] += msg.value;
    }

    function release(address backer) external {
        require(msg.sender == campaign, "only the campaign");
        uint256 amount = held[backer];
        require(amount > 0, "nothing held");
        (bool ok, ) = backer.call{value: amount}("");
        require(ok, "payment failed");
        held[backer] = 0;
    }
}

contract Campaign {
    PledgeEscrow public immutable escrow;
    uint256 public pledged;

    constructor() {
        escrow = new PledgeEscrow();
    }

    function pledge() external payable {
        require(msg.value > 0, "empty pledge");
        pledged += msg.value;
        escrow.hold{value: msg.value}(msg.sender);
    }

    function withdrawPledge() external {
        uint256 amount = escrow.held(msg.sender);
        escrow.release(msg.sender);
        pledged -= amount;
    }
}

contract Hub {
    Campaign public immutable campaign;

    constructor() {
        campaign = new Campaign();
    }
}
