// expect: safe
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The timelock of owner_queues_payment_release, marking the payment released before it
/// pays (checks-effects-interactions).
contract PaymentTimelock {
    struct Payment {
        address beneficiary;
        uint256 amount;
        uint256 releasableAt;
        bool released;
    }

    uint256 public constant DELAY = 2 days;
    address public immutable owner;
    Payment[] public payments;

    constructor() {
        owner = msg.sender;
    }

    function fund() external payable {}

    function queue(address beneficiary, uint256 amount) external returns (uint256 id) {
        require(msg.sender == owner, "owner");
        id = payments.length;
        payments.push(Payment(beneficiary, amount, block.timestamp + DELAY, false));
    }

    function release(uint256 id) external {
        Payment storage p = payments[id];
        require(!p.released, "released");
        require(block.timestamp >= p.releasableAt, "early");
        p.released = true;
        (bool ok, ) = p.beneficiary.call{value: p.amount}("");
        require(ok, "send");
    }
}
