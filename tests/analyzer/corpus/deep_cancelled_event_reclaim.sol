// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
/// Tickets at a fixed price, and a modifier that refunds any excess to the buyer after the
/// body (so every overpaying buy calls the buyer back). When the owner cancels the event,
/// holders reclaim their tickets' price; `reclaim` pays before it clears the holding. The
/// theft needs three steps: buy, the owner's cancel, then a reclaim re-entered from its own
/// payment. The refund callbacks of `buy` crowd the complete levels' budget.

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
        (bool ok, ) = msg.sender.call{value: n * PRICE}("");
        require(ok, "send");
        held[msg.sender] = 0;
    }
}
