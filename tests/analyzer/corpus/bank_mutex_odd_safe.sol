// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
contract BankOddMutex {
    mapping(address => uint256) public balances;
    uint8 private busy = 7;
    modifier oneAtATime() {
        if (busy != 7) revert("busy");
        busy = 9;
        _;
        busy = 7;
    }
    function deposit() external payable oneAtATime { balances[msg.sender] += msg.value; }
    function withdraw() external oneAtATime {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
