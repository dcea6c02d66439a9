// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// Pull payments: sales credit the seller, the seller withdraws later; the withdrawal zeroes
/// the credit before paying.
/// #invariant address(this).balance >= sum(payments);
contract PullMarket {
    mapping(address => uint256) public payments;
    address public immutable seller;
    constructor() { seller = msg.sender; }
    function buy() external payable {
        require(msg.value > 0, "free");
        payments[seller] += msg.value;
    }
    function tip(address to) external payable { payments[to] += msg.value; }
    function withdrawPayments() external {
        uint256 p = payments[msg.sender];
        require(p > 0, "nothing");
        payments[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: p}("");
        require(ok, "failed");
    }
}
