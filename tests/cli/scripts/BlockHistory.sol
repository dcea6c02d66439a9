// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// The chain's block hashes as contracts see them (BLOCKHASH): the 256 blocks before the
/// current one, 0 for the current block and later ones.
contract BlockHistory {
    function hashOf(uint256 number) external view returns (bytes32) {
        return blockhash(number);
    }

    function current() external view returns (bytes32) {
        return blockhash(block.number);
    }
}
