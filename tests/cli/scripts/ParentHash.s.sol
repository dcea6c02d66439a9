// SPDX-License-Identifier: MIT
// BLOCKHASH in a script run on a chain (`mallory run --chain`): the chain's real hash of the
// block before the script's.
pragma solidity ^0.8.20;

import {Script, console} from "forge-std/Script.sol";

contract ParentHash is Script {
    function run() external view {
        console.log("block", block.number);
        console.log("hash of the block before", uint256(blockhash(block.number - 1)));
    }
}
