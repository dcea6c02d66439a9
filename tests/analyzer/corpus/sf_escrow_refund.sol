// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Buyers lock ether; a buyer may cancel and get it back. The escrow flag is cleared after
/// the refund is sent.
contract Escrow {
    mapping(address => uint256) public locked;
    mapping(address => bool) public open;
    function lock() external payable {
        require(msg.value > 0, "zero");
        locked[msg.sender] += msg.value;
        open[msg.sender] = true;
    }
    function cancel() external {
        require(open[msg.sender], "not open");
        (bool ok, ) = msg.sender.call{value: locked[msg.sender]}("");
        require(ok, "refund failed");
        open[msg.sender] = false;
        locked[msg.sender] = 0;
    }
}
