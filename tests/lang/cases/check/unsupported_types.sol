pragma solidity ^0.8.20;
// Every bytesN is in the subset (bytes1 ... bytes32); fixed-point types are not.
contract T {
    bytes20 id;
    bytes1 flag;
    fixed128x18 price;
    function f(bytes memory data) public pure returns (uint256) {
        return data.length;
    }
}
// ----
// tests/lang/cases/check/unsupported_types.sol:6:5: error: fixed-point type 'fixed128x18' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//     6 |     fixed128x18 price;
//       |     ^~~~~~~~~~~
// 1 error generated.
