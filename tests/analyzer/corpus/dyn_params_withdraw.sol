// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Every function takes a dynamic parameter (a memo, a list of ids): the explorer must call
/// them with well-formed ABI values to reach the late write.
contract MemoVault {
    mapping(address => uint256) public balances;
    mapping(address => uint256) public notes;
    function deposit(string memory memo) external payable {
        balances[msg.sender] += msg.value;
        notes[msg.sender] = bytes(memo).length;
    }
    function withdraw(uint256[] memory ids, bytes memory data) external {
        require(ids.length <= 4, "too many ids");
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}(data);
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
