// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// A fee schedule chosen at deployment: a strategy table of internal function values, a helper
/// taking the strategy as a parameter, and the zero value failing with Panic 0x51.
contract Fees {
    function(uint256) internal pure returns (uint256) unsetFee;
    function(uint256) internal pure returns (uint256)[] strategies;

    constructor() {
        strategies.push(flat);
        strategies.push(percent);
    }

    function flat(uint256) internal pure returns (uint256) {
        return 5;
    }

    function percent(uint256 amount) internal pure returns (uint256) {
        return amount / 100;
    }

    function charge(function(uint256) internal pure returns (uint256) fee, uint256 amount)
        internal
        pure
        returns (uint256)
    {
        return amount - fee(amount);
    }

    function net(uint256 strategy, uint256 amount) external view returns (uint256) {
        return charge(strategies[strategy], amount);
    }

    function unset(uint256 amount) external view returns (uint256) {
        return charge(unsetFee, amount);
    }
}

contract Strategies is Script {
    function run() external {
        Fees fees = new Fees();
        console.log("flat", fees.net(0, 1000));
        console.log("percent", fees.net(1, 1000));
        try fees.unset(1000) returns (uint256) {} catch Panic(uint256 code) {
            console.log("unset: panic", code);
        }
    }
}
