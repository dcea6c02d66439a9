// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// Pays with `send` (2300 gas stipend: the receiver cannot call back) and books afterwards.
contract SendBank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        require(payable(msg.sender).send(amount), "send failed");
        balances[msg.sender] = 0;
    }
}
