pragma solidity ^0.8.20;
contract C {
    struct S {
        uint256 a;
    }
    function f(uint256[] calldata x, bytes calldata b, S calldata s) external pure {
        x[0] = 1;
        b[0] = 0x01;
        s.a = 2;
        delete x[1];
    }
    function g() internal pure {
        uint256[] calldata y;
        y;
    }
    function h(uint256[] calldata x) external pure returns (uint256[] calldata r) {
        r = x;
    }
    function k(bytes calldata x) external pure {
        x.push();
    }
    function m(bytes calldata x) external pure returns (bytes memory) {
        bytes calldata y = x;
        bytes memory z = y;
        z[0] = 0x02;
        string memory fine = "ok";
        bytes calldata w = bytes(fine);
        return z;
    }
}
// ----
// tests/lang/cases/check/calldata_rules.sol:7:9: error: Calldata arrays are read-only. [E3004]
//     7 |         x[0] = 1;
//       |         ^~~~
//       = help: copy it to memory first
// tests/lang/cases/check/calldata_rules.sol:8:9: error: Calldata arrays are read-only. [E3004]
//     8 |         b[0] = 0x01;
//       |         ^~~~
//       = help: copy it to memory first
// tests/lang/cases/check/calldata_rules.sol:9:9: error: Calldata structs are read-only. [E3004]
//     9 |         s.a = 2;
//       |         ^~~
//       = help: copy it to memory first
// tests/lang/cases/check/calldata_rules.sol:10:16: error: Calldata arrays are read-only. [E3004]
//    10 |         delete x[1];
//       |                ^~~~
//       = help: copy it to memory first
// tests/lang/cases/check/calldata_rules.sol:14:9: error: This variable is of calldata pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    14 |         y;
//       |         ^
//       = help: assign it before this use
// tests/lang/cases/check/calldata_rules.sol:20:11: error: 'push' is only available on dynamic storage arrays, not on bytes calldata [E2006]
//    20 |         x.push();
//       |           ^~~~
// tests/lang/cases/check/calldata_rules.sol:27:9: warning: unused local variable 'w' [E3029]
//    27 |         bytes calldata w = bytes(fine);
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/calldata_rules.sol:27:28: error: initial value: bytes memory is not implicitly convertible to expected type bytes calldata [E3000]
//    27 |         bytes calldata w = bytes(fine);
//       |                            ^~~~~~~~~~~
// 7 errors and 1 warning generated.
