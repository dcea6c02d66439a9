// Reached as `U.x` (`import * as U from ...`) and as `S.Units.x` through shapes.sol's alias.
pragma solidity ^0.8.20;

uint256 constant KILO = 1000;

function toMillimetres(uint256 m) pure returns (uint256) {
    return m * KILO;
}
