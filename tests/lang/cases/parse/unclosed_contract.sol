pragma solidity ^0.8.20;

contract Vault {
    uint256 total;

    function add(uint256 x) public {
        total += x;
    }
// ----
// tests/lang/cases/parse/unclosed_contract.sol:17:1: error: expected '}' to close 'contract' opened at 3:1 [E1001]
//    17 |
//       | ^
// tests/lang/cases/parse/unclosed_contract.sol:3:16: note: this '{' is not closed
//     3 | contract Vault {
//       |                ^
// 1 error generated.
