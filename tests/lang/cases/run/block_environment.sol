// block.gaslimit, block.basefee and block.prevrandao (and its pre-Paris name block.difficulty)
// in a fresh run: the reference EVM's block has a gas limit of 30000000, no base fee and a
// zero PREVRANDAO, and so does `mallory run`'s.
pragma solidity ^0.8.20;

contract BlockEnvironment {
    event U(uint256 v);

    function run() external payable {
        emit U(block.gaslimit);
        emit U(block.basefee);
        emit U(block.prevrandao);
        emit U(block.difficulty);
        emit U(block.gaslimit - gasleft() > 0 ? 1 : 0);
    }
}
// ----
// success
// U("30000000")
// U("0")
// U("0")
// U("0")
// U("1")
