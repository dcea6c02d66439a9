// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// Scripts that only the tool's limits end (2^63-1 gas pays for all of them): `mallory run`
/// must report a timeout or out of memory and exit 1, never hang or abort.
contract Limits is Script {
    uint256 public counter;
    mapping(uint256 => uint256) public slots;

    function run() public pure returns (uint256) {
        return 1;
    }

    /// A loop that never ends.
    function spin() public {
        while (true) {
            counter += 1;
        }
    }

    /// Recursion that never loops: each call is two more (bounded by the time limit alone).
    function fan(uint256 n) public returns (uint256) {
        if (n == 0) return 1;
        counter += 1;
        return fan(n - 1) + fan(n - 1);
    }

    /// Memory that only grows: a fresh array per iteration.
    function grow() public pure returns (uint256 total) {
        while (true) {
            uint256[] memory chunk = new uint256[](100000);
            total += chunk.length;
        }
    }

    /// Storage that only grows: a new slot per iteration.
    function fill() public {
        for (uint256 i = 0; ; i++) {
            slots[i] = i + 1;
        }
    }

    /// Array arguments arrive whole: '[1,2,3]' is one argument of three elements.
    function sum(uint256[] memory xs, uint256 extra) public pure returns (uint256 total, uint256 n) {
        for (uint256 i = 0; i < xs.length; i++) {
            total += xs[i];
        }
        return (total + extra, xs.length);
    }
}
