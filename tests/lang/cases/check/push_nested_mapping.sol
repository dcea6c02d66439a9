pragma solidity ^0.8.20;
// An element holding a mapping cannot be copied, so `.push(x)` is refused on such an array
// (solc 8871); `.push()` appends an empty element whose members are then set.
contract C {
    struct Account {
        mapping(address => uint256) allowance;
        uint256 balance;
    }
    Account[] accounts;
    mapping(uint256 => uint256)[] tables;
    mapping(uint256 => uint256) table;
    function f() public {
        accounts.push().balance = 1;
        tables.push();
        tables.push(table);
    }
}
// ----
// tests/lang/cases/check/push_nested_mapping.sol:15:9: error: storage arrays with nested mappings do not support .push(<arg>) [E3000]
//    15 |         tables.push(table);
//       |         ^~~~~~~~~~~~~~~~~~
//       = help: push an empty element with .push() and set its members
// 1 error generated.
