// expect: safe
// callback-freedom: proved
// contract: Protocol
pragma solidity ^0.8.20;
/// The look-alike of sys_protocol_creates_vault: the created vault books before it pays.
contract ProtocolVault {
    mapping(address => uint256) public deposits;
    function deposit() external payable { deposits[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        deposits[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
contract Protocol {
    ProtocolVault public immutable vault;
    constructor() { vault = new ProtocolVault(); }
}
