// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// Looks like the cross-function case (an unguarded transfer next to a withdraw that calls
/// out), but withdraw follows checks-effects-interactions.
/// #invariant address(this).balance >= sum(balances);
contract CEIBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function transfer(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount, "low");
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
