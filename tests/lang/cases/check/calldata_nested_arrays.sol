pragma solidity ^0.8.20;
contract C {
    uint256[][] stored;
    uint256[][2] pair;
    bytes[] blobs;
    struct S { uint256 a; uint256[] b; }
    S[] items;
    function f(uint256[][] calldata a, uint256[][2] calldata p, bytes[] calldata b, S[] calldata s) external {
        stored = a;
        pair = p;
        blobs = b;
        stored.push(a[0]);
        blobs.push(b[0]);
        items = s;
        uint256[][] memory m = a;
        stored = m;
        a[1:];
    }
}
// ----
// tests/lang/cases/check/calldata_nested_arrays.sol:9:18: error: Copying nested calldata dynamic arrays to storage is not implemented in the old code generator. [E4000]
//     9 |         stored = a;
//       |                  ^
//       = help: copy the elements one by one, or copy to memory first
// tests/lang/cases/check/calldata_nested_arrays.sol:10:16: error: Copying nested calldata dynamic arrays to storage is not implemented in the old code generator. [E4000]
//    10 |         pair = p;
//       |                ^
//       = help: copy the elements one by one, or copy to memory first
// tests/lang/cases/check/calldata_nested_arrays.sol:11:17: error: Copying nested calldata dynamic arrays to storage is not implemented in the old code generator. [E4000]
//    11 |         blobs = b;
//       |                 ^
//       = help: copy the elements one by one, or copy to memory first
// tests/lang/cases/check/calldata_nested_arrays.sol:17:9: error: Index range access is not supported for arrays with dynamically encoded base types. [E3033]
//    17 |         a[1:];
//       |         ^~~~~
// 4 errors generated.
