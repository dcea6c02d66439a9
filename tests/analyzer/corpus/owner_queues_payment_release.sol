// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A payment timelock: anyone funds it, the owner queues a payment to a beneficiary (kept in
/// a record, not as a setting), and after two days anyone releases it. The release pays
/// before it marks the payment released, so a beneficiary's contract re-enters the release
/// and is paid again out of the other payments' funds. The honest owner queues payments to
/// anyone, the adversary included: a payee is whom the call serves, not whom it trusts.
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
        (bool ok, ) = p.beneficiary.call{value: p.amount}("");
        require(ok, "send");
        p.released = true;
    }
}
