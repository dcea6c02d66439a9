pragma solidity ^0.8.20;
contract T {
    bytes20 id;
    bytes1 flag;
    function f(bytes memory data) public pure returns (uint256) {
        return data.length;
    }
}
// ----
// tests/lang/cases/check/unsupported_types.sol:3:5: error: 'bytes20' is not supported by Mallory's subset (LANGUAGE.md §3) [E4011]
//     3 |     bytes20 id;
//       |     ^~~~~~~
//       = help: the fixed-size byte types in the subset are 'bytes4' and 'bytes32'; 'bytes' and 'string' are available for memory values
// tests/lang/cases/check/unsupported_types.sol:4:5: error: 'bytes1' is not supported by Mallory's subset (LANGUAGE.md §3) [E4011]
//     4 |     bytes1 flag;
//       |     ^~~~~~
//       = help: the fixed-size byte types in the subset are 'bytes4' and 'bytes32'; 'bytes' and 'string' are available for memory values
// 2 errors generated.
