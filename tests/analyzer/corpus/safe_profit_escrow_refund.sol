// expect: safe
pragma solidity ^0.8.20;
/// The look-alike of profit_escrow_refund_twice: the order is closed before the refund, so the
/// adversary gets back exactly what it paid (a refund of its own deposit is not profit), and a
/// callback that cancels again is rejected.
contract SafeEscrow {
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
        o.open = false;
        (bool ok, ) = o.buyer.call{value: o.paid}("");
        require(ok, "refund failed");
    }
}
