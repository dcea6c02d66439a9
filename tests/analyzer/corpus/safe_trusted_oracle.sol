// expect: safe
pragma solidity ^0.8.20;
/// A consumer calls an oracle contract fixed at deployment (immutable) and books afterwards.
/// The oracle's code is the deployer's and never calls anyone.
contract Oracle {
    uint256 public reads;
    function read() external returns (uint256) {
        reads += 1;
        return 2;
    }
}
contract OracleConsumer {
    Oracle public immutable oracle;
    mapping(address => uint256) public units;
    constructor(Oracle o) { oracle = o; }
    function buy() external payable {
        uint256 rate = oracle.read();
        units[msg.sender] += msg.value * rate;
    }
}
