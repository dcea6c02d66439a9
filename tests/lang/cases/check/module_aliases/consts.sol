// Imported as `N` by module_aliases_rejected.sol, and under another name by lib.sol.
pragma solidity ^0.8.20;

uint256 constant K = 7;
