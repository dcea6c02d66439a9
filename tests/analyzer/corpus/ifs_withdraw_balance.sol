// expect: if-succeeds
pragma solidity ^0.8.20;
/// A withdrawal must take exactly the caller's deposit out of the contract.
contract PostBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    /// #if_succeeds address(this).balance == old(address(this).balance) - old(balances[msg.sender]);
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
