pragma solidity ^0.8.20;
contract Token {
    string public name;
    mapping(address => bytes) notes;
    bytes32 public symbol;
}
// ----
// tests/lang/cases/check/storage_string.sol:3:5: error: state variable 'name' of type string: 'string' and 'bytes' are not supported in storage by Mallory's subset, only as literals and memory values (LANGUAGE.md §3) [E4100]
//     3 |     string public name;
//       |     ^~~~~~~~~~~~~~~~~~~
//       = help: store a bytes32 (e.g. its keccak256) instead
// tests/lang/cases/check/storage_string.sol:4:5: error: state variable 'notes' of type mapping(address => bytes storage): 'string' and 'bytes' are not supported in storage by Mallory's subset, only as literals and memory values (LANGUAGE.md §3) [E4100]
//     4 |     mapping(address => bytes) notes;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: store a bytes32 (e.g. its keccak256) instead
// 2 errors generated.
