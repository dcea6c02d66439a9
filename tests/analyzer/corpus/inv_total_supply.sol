// expect: invariant
pragma solidity ^0.8.20;
/// Burns after paying: a re-entrant burn subtracts the same tokens from the supply twice.
/// #invariant totalSupply == sum(balances);
contract BurnToken {
    mapping(address => uint256) public balances;
    uint256 public totalSupply;
    function mint() external payable {
        balances[msg.sender] += msg.value;
        totalSupply += msg.value;
    }
    function burnForEther() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        totalSupply -= amount;
        balances[msg.sender] = 0;
    }
}
