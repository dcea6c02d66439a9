pragma solidity ^0.8.20;
contract D {
    struct Account { uint256 balance; bool open; }
    mapping(address => Account) accounts;
    uint256[] values;
    function f(uint256[] memory xs) public view returns (uint256) {
        Account a = accounts[msg.sender];
        uint256[] storage vs = values;
        uint256 memory n = 1;
        mapping(address => Account) memory m;
        return xs.length + vs.length + n + a.balance;
    }
    function g(Account memory acc) internal pure returns (uint256) {
        return acc.balance;
    }
}
// ----
// tests/lang/cases/check/data_location.sol:7:9: error: data location must be "storage" or "memory" for variable 'a' of type struct D.Account, but none was given [E3006]
//     7 |         Account a = accounts[msg.sender];
//       |         ^~~~~~~~~
//       = help: write 'memory' for a copy or 'storage' for a reference
// tests/lang/cases/check/data_location.sol:9:9: error: data location can only be given for arrays, structs and mappings, but 'n' is uint256 [E3007]
//     9 |         uint256 memory n = 1;
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/data_location.sol:10:9: error: type mapping(address => struct D.Account storage) is only valid in storage [E3007]
//    10 |         mapping(address => Account) memory m;
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: write 'storage'
// tests/lang/cases/check/data_location.sol:10:9: warning: unused local variable 'm' [E3029]
//    10 |         mapping(address => Account) memory m;
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 3 errors and 1 warning generated.
