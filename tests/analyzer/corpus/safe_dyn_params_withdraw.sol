// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of dyn_params_withdraw: the balance is cleared before the call.
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
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}(data);
        require(ok, "failed");
    }
}
