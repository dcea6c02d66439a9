// expect: safe
pragma solidity ^0.8.20;
/// Checks-effects-interactions, with a statistics counter and an event after the call: a
/// re-entrant call sees consistent books, and the counter ends the same in any order.
/// #invariant address(this).balance >= sum(balances);
contract CountingBank {
    mapping(address => uint256) public balances;
    uint256 public withdrawals;
    event Withdrawn(address who, uint256 amount);
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        withdrawals += 1;
        emit Withdrawn(msg.sender, amount);
    }
}
