// expect: safe
pragma solidity ^0.8.20;
/// The write comes after the call, but it is a checked subtraction of the requested amount:
/// nested withdrawals succeed only if the balance covers all of them, exactly as the same
/// withdrawals made one after the other. Benign under 0.8 (a pattern matcher flags it).
contract CheckedLateBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 amount) external {
        require(balances[msg.sender] >= amount, "low");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] -= amount;
    }
}
