// expect: adversary-profit
pragma solidity ^0.8.20;
/// A refund that is paid twice: cancel() refunds the buyer's escrowed payment before it marks
/// the order cancelled, so a callback that cancels again is refunded again from the other
/// buyers' escrow. Nobody wrote an invariant; the adversary's profit is the harm.
contract Escrow {
    struct Order {
        address buyer;
        uint256 paid;
        bool open;
    }
    mapping(uint256 => Order) public orders;
    uint256 public nextOrder;

    function buy() external payable returns (uint256 id) {
        require(msg.value > 0, "pay something");
        id = nextOrder++;
        orders[id] = Order(msg.sender, msg.value, true);
    }

    function cancel(uint256 id) external {
        Order storage o = orders[id];
        require(o.open && o.buyer == msg.sender, "not your open order");
        (bool ok, ) = o.buyer.call{value: o.paid}("");
        require(ok, "refund failed");
        o.open = false;
    }
}
