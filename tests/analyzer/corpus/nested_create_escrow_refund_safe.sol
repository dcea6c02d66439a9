// expect: safe
// contract: Hub
pragma solidity ^0.8.20;
/// The look-alike of nested_create_escrow_refund: the same two levels of creation, but the
/// escrow zeroes a pledge before it pays it, so a re-entered withdrawal finds nothing held.
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
        held[backer] = 0;
        (bool ok, ) = backer.call{value: amount}("");
        require(ok, "payment failed");
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
