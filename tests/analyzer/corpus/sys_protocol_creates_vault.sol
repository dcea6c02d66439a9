// expect: reentrancy same-function
// contract: Protocol
pragma solidity ^0.8.20;
/// A protocol contract that only deploys its parts: the vault it creates pays before it
/// books. Analyzed as `--contract Protocol`, the vault is part of the system.
contract ProtocolVault {
    mapping(address => uint256) public deposits;
    function deposit() external payable { deposits[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        deposits[msg.sender] = 0;
    }
}
contract Protocol {
    ProtocolVault public immutable vault;
    address public immutable admin;
    constructor() {
        vault = new ProtocolVault();
        admin = msg.sender;
    }
}
