// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// A raffle sells tickets at an exact price; a refund pays before it burns the ticket.
/// Reaching the refund needs a ticket, i.e. a call with exactly `PRICE` wei.
contract Raffle {
    uint256 public constant PRICE = 0.05 ether;
    mapping(address => uint256) public tickets;
    function buy() external payable {
        require(msg.value == PRICE, "exact price");
        tickets[msg.sender] += 1;
    }
    function refund() external {
        uint256 n = tickets[msg.sender];
        require(n > 0, "no ticket");
        (bool ok, ) = msg.sender.call{value: n * PRICE}("");
        require(ok, "failed");
        tickets[msg.sender] = 0;
    }
}
