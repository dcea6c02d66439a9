pragma solidity ^0.8.20;
contract InlineArrayRules {
    mapping(int256 => int256) m;
    uint256[2] fixedStore;
    function f(uint256 x) public view returns (uint256) {
        uint256[3] memory a = [1, 2, 3];
        uint256[2] memory b = [1, uint256(2), 3];
        [1, -1000];
        [45, "foo", true];
        [msg];
        [uint256];
        [(1, 2), (3, 4)];
        [m];
        [1, 2, 3]++;
        fixedStore = [1, 2, 3];
        bytes2[2] memory c = ["a", "bc"];
        return [x, 2][3] + a[0] + b[0] + c.length;
    }
    function g() public pure {
        string.concat([]);
    }
}
// ----
// tests/lang/cases/check/inline_arrays.sol:6:31: error: initial value: uint8[3] memory is not implicitly convertible to expected type uint256[3] memory [E3000]
//     6 |         uint256[3] memory a = [1, 2, 3];
//       |                               ^~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:7:31: error: initial value: uint256[3] memory is not implicitly convertible to expected type uint256[2] memory [E3000]
//     7 |         uint256[2] memory b = [1, uint256(2), 3];
//       |                               ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:8:9: error: Unable to deduce common type for array elements. [E3050]
//     8 |         [1, -1000];
//       |         ^~~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:9:9: error: Unable to deduce common type for array elements. [E3050]
//     9 |         [45, "foo", true];
//       |         ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:10:10: error: Invalid mobile type. [E3050]
//    10 |         [msg];
//       |          ^~~
// tests/lang/cases/check/inline_arrays.sol:11:10: error: Invalid mobile type. [E3050]
//    11 |         [uint256];
//       |          ^~~~~~~
// tests/lang/cases/check/inline_arrays.sol:12:9: error: Unable to deduce nameable type for array elements. Try adding explicit type conversion for the first element. [E3050]
//    12 |         [(1, 2), (3, 4)];
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:13:9: error: Type mapping(int256 => int256) is only valid in storage. [E3050]
//    13 |         [m];
//       |         ^~~
// tests/lang/cases/check/inline_arrays.sol:14:9: error: Inline array type cannot be declared as LValue. [E3004]
//    14 |         [1, 2, 3]++;
//       |         ^~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:15:9: error: function 'f' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    15 |         fixedStore = [1, 2, 3];
//       |         ^~~~~~~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/inline_arrays.sol:15:22: error: uint8[3] memory is not implicitly convertible to expected type uint256[2] storage [E3000]
//    15 |         fixedStore = [1, 2, 3];
//       |                      ^~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:16:30: error: initial value: string memory[2] memory is not implicitly convertible to expected type bytes2[2] memory [E3000]
//    16 |         bytes2[2] memory c = ["a", "bc"];
//       |                              ^~~~~~~~~~~
// tests/lang/cases/check/inline_arrays.sol:17:23: error: index 3 is out of bounds for uint256[2] memory (length 2) [E3033]
//    17 |         return [x, 2][3] + a[0] + b[0] + c.length;
//       |                       ^
// tests/lang/cases/check/inline_arrays.sol:20:23: error: Unable to deduce common type for array elements. [E3050]
//    20 |         string.concat([]);
//       |                       ^~
// 14 errors generated.
