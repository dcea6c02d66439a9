// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Notifies the caller with an encoded callback carrying the refund, then books it.
contract RefundNotifier {
    mapping(address => uint256) public paid;
    mapping(address => bool) public refunded;
    function pay() external payable { paid[msg.sender] += msg.value; }
    function refund() external {
        require(!refunded[msg.sender], "done");
        uint256 amount = paid[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}(abi.encodeWithSignature("onRefund(uint256)", amount));
        require(ok, "callback failed");
        refunded[msg.sender] = true;
        paid[msg.sender] = 0;
    }
}
