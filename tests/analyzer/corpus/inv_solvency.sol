// expect: invariant
pragma solidity ^0.8.20;
/// The bank must always hold what it owes; a re-entrant withdrawal pays the same deposit twice.
/// #invariant address(this).balance >= sum(deposits);
contract SolventBank {
    mapping(address => uint256) public deposits;
    function deposit() external payable { deposits[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 d = deposits[msg.sender];
        require(d > 0, "none");
        (bool ok, ) = msg.sender.call{value: d}("");
        require(ok, "failed");
        deposits[msg.sender] = 0;
    }
}
