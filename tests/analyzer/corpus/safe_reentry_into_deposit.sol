// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// Re-entering is possible and harmless: withdraw books before paying, and the only thing a
/// callback can do is deposit again or withdraw nothing.
/// (`>=`, not `==`: ether can reach any address without a call, e.g. before deployment.)
/// #invariant address(this).balance >= sum(balances);
contract ReenterableBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 amount) external {
        require(amount > 0 && balances[msg.sender] >= amount, "bad amount");
        balances[msg.sender] -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
