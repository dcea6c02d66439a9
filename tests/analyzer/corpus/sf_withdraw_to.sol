// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Withdraws to a user-supplied address with a low-level call, then clears the balance.
contract WithdrawTo {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdrawTo(address to) external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
