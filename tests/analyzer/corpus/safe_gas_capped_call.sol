// expect: safe
pragma solidity ^0.8.20;
/// Pays with a low-level call capped at 2300 gas: too little for the receiver to call back.
contract CappedCallBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount, gas: 2300}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
