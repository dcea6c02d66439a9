pragma solidity ^0.8.20;
// solc's rules for try/catch: only external calls and creations, the returns clause matches
// the function exactly (memory for reference types), and the catch clause forms.
library L {
    function twice(uint256 x) public pure returns (uint256) {
        return 2 * x;
    }
}

contract D {}

contract C {
    function pair() external pure returns (uint8, uint256) {
        return (1, 2);
    }

    function text() external pure returns (string memory) {
        return "t";
    }

    function internal_one() internal pure returns (uint256) {
        return 1;
    }

    function f() public {
        try internal_one() {} catch {}
        try this {} catch {}
        try L.twice(2) returns (uint256) {} catch {}
        try this.pair() returns (uint256 a) {} catch {}
        try this.pair() returns (uint256 a, int256 b) {} catch {}
        try this.text() returns (string storage s) {} catch {}
        try new D() returns (D d) {} catch {}
        try this.pair() returns (uint8, uint256) {} catch Error(string reason) {}
        try this.pair() {} catch Error(uint256) {} catch Panic() {} catch (uint256) {}
        try this.pair() {} catch Panic(uint256) {} catch Panic(uint256 c) {}
        try this.pair() {} catch Error(string memory) {} catch Error(string memory x) {}
        try this.pair() {} catch {} catch (bytes memory data) {}
        try this.pair() {} catch Oops() {}
        try this.pair() {} catch (string calldata a) {}
    }
}
// ----
// tests/lang/cases/check/try_catch_rules.sol:26:13: error: Try can only be used with external function calls and contract creation calls. [E3039]
//    26 |         try internal_one() {} catch {}
//       |             ^~~~~~~~~~~~~~
//       = help: call the function through a contract value (this.f(), c.f()) or 'new C()'
// tests/lang/cases/check/try_catch_rules.sol:27:13: error: Try can only be used with external function calls and contract creation calls. [E3039]
//    27 |         try this {} catch {}
//       |             ^~~~
//       = help: call the function through a contract value (this.f(), c.f()) or 'new C()'
// tests/lang/cases/check/try_catch_rules.sol:28:13: error: 'try' on a library function call is not in Mallory's subset: Mallory compiles library functions into their callers, so there is no call that can fail [E4000]
//    28 |         try L.twice(2) returns (uint256) {} catch {}
//       |             ^~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:29:9: error: Function returns 2 values, but returns clause has 1 variables. [E3039]
//    29 |         try this.pair() returns (uint256 a) {} catch {}
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:29:34: error: Invalid type, expected uint8 but got uint256. [E3000]
//    29 |         try this.pair() returns (uint256 a) {} catch {}
//       |                                  ^~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:29:34: warning: unused local variable 'a' [E3029]
//    29 |         try this.pair() returns (uint256 a) {} catch {}
//       |                                  ^~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:30:34: error: Invalid type, expected uint8 but got uint256. [E3000]
//    30 |         try this.pair() returns (uint256 a, int256 b) {} catch {}
//       |                                  ^~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:30:34: warning: unused local variable 'a' [E3029]
//    30 |         try this.pair() returns (uint256 a, int256 b) {} catch {}
//       |                                  ^~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:30:45: error: Invalid type, expected uint256 but got int256. [E3000]
//    30 |         try this.pair() returns (uint256 a, int256 b) {} catch {}
//       |                                             ^~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:30:45: warning: unused local variable 'b' [E3029]
//    30 |         try this.pair() returns (uint256 a, int256 b) {} catch {}
//       |                                             ^~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:31:34: error: Data location must be "memory" for parameter in function, but "storage" was given. [E3007]
//    31 |         try this.text() returns (string storage s) {} catch {}
//       |                                  ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:31:34: warning: unused local variable 's' [E3029]
//    31 |         try this.text() returns (string storage s) {} catch {}
//       |                                  ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:32:30: warning: unused local variable 'd' [E3029]
//    32 |         try new D() returns (D d) {} catch {}
//       |                              ^~~
// tests/lang/cases/check/try_catch_rules.sol:33:65: error: Data location must be "memory" for parameter in function, but none was given. [E3007]
//    33 |         try this.pair() returns (uint8, uint256) {} catch Error(string reason) {}
//       |                                                                 ^~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:33:65: warning: unused local variable 'reason' [E3029]
//    33 |         try this.pair() returns (uint8, uint256) {} catch Error(string reason) {}
//       |                                                                 ^~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:34:28: error: Expected `catch Error(string memory ...) { ... }`. [E3039]
//    34 |         try this.pair() {} catch Error(uint256) {} catch Panic() {} catch (uint256) {}
//       |                            ^~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:34:52: error: Expected `catch Panic(uint ...) { ... }`. [E3039]
//    34 |         try this.pair() {} catch Error(uint256) {} catch Panic() {} catch (uint256) {}
//       |                                                    ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:34:69: error: Expected `catch (bytes memory ...) { ... }` or `catch { ... }`. [E3039]
//    34 |         try this.pair() {} catch Error(uint256) {} catch Panic() {} catch (uint256) {}
//       |                                                                     ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:35:52: error: This try statement already has a "Panic" catch clause. [E3039]
//    35 |         try this.pair() {} catch Panic(uint256) {} catch Panic(uint256 c) {}
//       |                                                    ^~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:35:64: warning: unused local variable 'c' [E3029]
//    35 |         try this.pair() {} catch Panic(uint256) {} catch Panic(uint256 c) {}
//       |                                                                ^~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:36:58: error: This try statement already has an "Error" catch clause. [E3039]
//    36 |         try this.pair() {} catch Error(string memory) {} catch Error(string memory x) {}
//       |                                                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:36:70: warning: unused local variable 'x' [E3029]
//    36 |         try this.pair() {} catch Error(string memory) {} catch Error(string memory x) {}
//       |                                                                      ^~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:37:37: error: This try statement already has a low-level catch clause. [E3039]
//    37 |         try this.pair() {} catch {} catch (bytes memory data) {}
//       |                                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:37:44: warning: unused local variable 'data' [E3029]
//    37 |         try this.pair() {} catch {} catch (bytes memory data) {}
//       |                                            ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:38:28: error: Invalid catch clause name. Expected either `catch (...)`, `catch Error(...)`, or `catch Panic(...)`. [E3039]
//    38 |         try this.pair() {} catch Oops() {}
//       |                            ^~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:39:28: error: Expected `catch (bytes memory ...) { ... }` or `catch { ... }`. [E3039]
//    39 |         try this.pair() {} catch (string calldata a) {}
//       |                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:39:35: error: Data location must be "memory" for parameter in function, but "calldata" was given. [E3007]
//    39 |         try this.pair() {} catch (string calldata a) {}
//       |                                   ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/try_catch_rules.sol:39:35: warning: unused local variable 'a' [E3029]
//    39 |         try this.pair() {} catch (string calldata a) {}
//       |                                   ^~~~~~~~~~~~~~~~~
// 18 errors and 10 warnings generated.
