pragma solidity ^0.8.20;
contract C {
    string name;
    bytes data;
    function f() external {
        name.push("a");
        data.push(1);
        uint256 n = name.length;
        data[0] = "ab";
        bytes memory m = "x";
        m.push(0x01);
        string storage s = "literal";
    }
}
// ----
// tests/lang/cases/check/storage_bytes_rules.sol:6:14: error: string storage has no member 'push' [E2006]
//     6 |         name.push("a");
//       |              ^~~~
// tests/lang/cases/check/storage_bytes_rules.sol:7:19: error: pushed value: int_const 1 is not implicitly convertible to expected type bytes1 [E3000]
//     7 |         data.push(1);
//       |                   ^
// tests/lang/cases/check/storage_bytes_rules.sol:8:9: warning: unused local variable 'n' [E3029]
//     8 |         uint256 n = name.length;
//       |         ^~~~~~~~~
// tests/lang/cases/check/storage_bytes_rules.sol:8:26: error: string storage has no member 'length' [E2006]
//     8 |         uint256 n = name.length;
//       |                          ^~~~~~
// tests/lang/cases/check/storage_bytes_rules.sol:9:19: error: literal_string "ab" is not implicitly convertible to expected type bytes1 [E3000]
//     9 |         data[0] = "ab";
//       |                   ^~~~
// tests/lang/cases/check/storage_bytes_rules.sol:11:11: error: 'push' is only available on dynamic storage arrays, not on bytes memory [E2006]
//    11 |         m.push(0x01);
//       |           ^~~~
// tests/lang/cases/check/storage_bytes_rules.sol:12:9: warning: unused local variable 's' [E3029]
//    12 |         string storage s = "literal";
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/storage_bytes_rules.sol:12:28: error: literal_string "literal" is not implicitly convertible to the storage pointer type string storage [E3000]
//    12 |         string storage s = "literal";
//       |                            ^~~~~~~~~
// 6 errors and 2 warnings generated.
