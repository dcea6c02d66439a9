// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of val_exact_ticket: the ticket is burnt before the refund is paid.
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
        tickets[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: n * PRICE}("");
        require(ok, "failed");
    }
}
