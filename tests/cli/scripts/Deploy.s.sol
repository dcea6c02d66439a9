// SPDX-License-Identifier: MIT
// A Foundry deployment script: the key and settings from the environment (vm.envUint,
// vm.envOr), the contracts deployed and configured as the key's account (vm.startBroadcast).
pragma solidity ^0.8.20;

import {Script, console} from "forge-std/Script.sol";

contract Counter {
    address public owner;
    address public origin;
    uint256 public number;
    constructor(uint256 start) { owner = msg.sender; origin = tx.origin; number = start; }
    function set(uint256 n) external { require(msg.sender == owner, "owner"); number = n; }
}

contract Deploy is Script {
    function run() external {
        uint256 key = vm.envUint("DEPLOYER_KEY");
        address deployer = vm.addr(key);
        uint256 start = vm.envOr("START", uint256(7));
        string memory label = vm.envOr("LABEL", string("none"));
        vm.startBroadcast(key);
        Counter c = new Counter(start);
        c.set(start + 1);
        vm.stopBroadcast();
        require(c.owner() == deployer, "deployed by the key's account");
        require(c.origin() == deployer, "origin");
        require(c.number() == start + 1, "set as the owner");
        console.log("label", label);
        console.log("number", c.number());
        vm.broadcast();
        Counter d = new Counter(1);
        require(d.owner() == tx.origin, "no-argument broadcast is the script's sender");
        Counter e = new Counter(2);
        require(e.owner() == address(this), "one call only");
    }
}
