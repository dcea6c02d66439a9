// expect: reentrancy same-function withdraw
// (also cross-function through transfer; the shortest witness re-enters withdraw itself)
pragma solidity ^0.8.20;
/// #invariant address(this).balance >= sum(balances);
contract CrossBank {
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
