// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// Tickets at a fixed price, and a modifier that refunds any excess to the buyer after the
/// body (so every overpaying buy calls the buyer back). When the owner cancels the event,
/// holders reclaim their tickets' price. `reclaim` clears the holding before it pays, so a
/// re-entered reclaim finds nothing left (the refund's callbacks in `buy` come after its
/// effects and change nothing either).

contract Tickets {
    uint256 public constant PRICE = 0.1 ether;
    address public owner = msg.sender;
    bool public cancelled;
    mapping(address => uint256) public held;

    modifier refundsExcess(uint256 cost) {
        _;
        if (msg.value > cost) {
            (bool ok, ) = msg.sender.call{value: msg.value - cost}("");
            require(ok, "refund");
        }
    }

    function buy(uint256 n) external payable refundsExcess(n * PRICE) {
        require(!cancelled, "cancelled");
        require(msg.value >= n * PRICE, "pay");
        held[msg.sender] += n;
    }

    function cancel() external {
        require(msg.sender == owner, "owner");
        cancelled = true;
    }

    function reclaim() external {
        require(cancelled, "open");
        uint256 n = held[msg.sender];
        held[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: n * PRICE}("");
        require(ok, "send");
    }
}
