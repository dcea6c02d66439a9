pragma solidity ^0.8.20;
// `pragma abicoder` selects v1 or v2 (also quoted: "v2"), nothing else (solc 2745).
pragma abicoder something;

contract C {}
// ----
// tests/lang/cases/parse/abicoder_value.sol:3:1: error: Expected either "pragma abicoder v1" or "pragma abicoder v2". [E1000]
//     3 | pragma abicoder something;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~
// 1 error generated.
