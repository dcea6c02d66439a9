pragma solidity ^0.8.20;
contract C {
    uint256[] stored;
    bytes kept;
    function f(uint256[] calldata x, bytes calldata b, uint256[2] calldata fixed_, uint256[][] calldata nested) external pure {
        uint256[] memory m = x;
        bytes memory bm = b;
        m[1:2];
        bm[1:];
        fixed_[:1];
        nested[1:];
        1[1:];
        uint[1:](m);
        x[1:2].length;
        x[-1:];
        b[:"a"];
        x[1:2] = x;
        bytes3 short = b[0:3];
        short;
    }
    function g() external view {
        stored[1:];
        kept[:2];
    }
    function ok(uint256[] calldata x, bytes calldata b, string calldata s) external pure returns (bytes4, uint256) {
        uint256[] calldata part = x[1:][:2];
        bytes calldata tail = b[4:];
        string calldata word = s[:3];
        word;
        return (bytes4(b[:4]), part.length + tail.length + x[1:3][0] + uint8(b[1:][0]));
    }
    function mod(uint256 a, uint8 k) external pure returns (uint256) {
        return addmod(a, 1, k) + mulmod(a, a, k) + addmod(a, 1) + mulmod(a, -1, k);
    }
    uint256 constant ZERO = 0;
    function modulo_zero() external pure returns (uint256) {
        return addmod(1, 2, ZERO) + mulmod(1, 2, 1 - 1) + (true ? addmod : mulmod)(3, 4, 5);
    }
}
// ----
// tests/lang/cases/check/slice_rules.sol:8:9: error: Index range access is only supported for dynamic calldata arrays. [E3033]
//     8 |         m[1:2];
//       |         ^~~~~~
//       = help: slice a calldata parameter or msg.data, or copy the elements in a loop
// tests/lang/cases/check/slice_rules.sol:9:9: error: Index range access is only supported for dynamic calldata arrays. [E3033]
//     9 |         bm[1:];
//       |         ^~~~~~
//       = help: slice a calldata parameter or msg.data, or copy the elements in a loop
// tests/lang/cases/check/slice_rules.sol:10:9: error: Index range access is only supported for dynamic calldata arrays. [E3033]
//    10 |         fixed_[:1];
//       |         ^~~~~~~~~~
//       = help: slice a calldata parameter or msg.data, or copy the elements in a loop
// tests/lang/cases/check/slice_rules.sol:11:9: error: Index range access is not supported for arrays with dynamically encoded base types. [E3033]
//    11 |         nested[1:];
//       |         ^~~~~~~~~~
// tests/lang/cases/check/slice_rules.sol:12:9: error: Index range access is only possible for arrays and array slices. [E3033]
//    12 |         1[1:];
//       |         ^~~~~
// tests/lang/cases/check/slice_rules.sol:13:9: error: Types cannot be sliced. [E3033]
//    13 |         uint[1:](m);
//       |         ^~~~~~~~
// tests/lang/cases/check/slice_rules.sol:14:9: error: uint256[] calldata slice has no member 'length': array slices have no members [E2006]
//    14 |         x[1:2].length;
//       |         ^~~~~~~~~~~~~
//       = help: assign it to a variable of type uint256[] calldata first
// tests/lang/cases/check/slice_rules.sol:15:11: error: start of the index range: the value -1 does not fit into uint256 (range 0 to 2**256 - 1) [E3002]
//    15 |         x[-1:];
//       |           ^~
// tests/lang/cases/check/slice_rules.sol:16:12: error: end of the index range: literal_string "a" is not implicitly convertible to expected type uint256 [E3000]
//    16 |         b[:"a"];
//       |            ^~~
// tests/lang/cases/check/slice_rules.sol:17:9: error: 'x[1:2]' cannot be assigned to: it is not a variable, array element or struct member [E3004]
//    17 |         x[1:2] = x;
//       |         ^~~~~~
// tests/lang/cases/check/slice_rules.sol:17:18: error: uint256[] calldata is not implicitly convertible to expected type uint256[] calldata slice [E3000]
//    17 |         x[1:2] = x;
//       |                  ^
// tests/lang/cases/check/slice_rules.sol:18:24: error: initial value: bytes calldata slice is not implicitly convertible to expected type bytes3 [E3000]
//    18 |         bytes3 short = b[0:3];
//       |                        ^~~~~~
// tests/lang/cases/check/slice_rules.sol:22:9: error: Index range access is only supported for dynamic calldata arrays. [E3033]
//    22 |         stored[1:];
//       |         ^~~~~~~~~~
//       = help: slice a calldata parameter or msg.data, or copy the elements in a loop
// tests/lang/cases/check/slice_rules.sol:23:9: error: Index range access is only supported for dynamic calldata arrays. [E3033]
//    23 |         kept[:2];
//       |         ^~~~~~~~
//       = help: slice a calldata parameter or msg.data, or copy the elements in a loop
// tests/lang/cases/check/slice_rules.sol:33:52: error: 'addmod' takes 3 arguments, but 2 were given [E3010]
//    33 |         return addmod(a, 1, k) + mulmod(a, a, k) + addmod(a, 1) + mulmod(a, -1, k);
//       |                                                    ^~~~~~~~~~~~
// tests/lang/cases/check/slice_rules.sol:33:77: error: argument: the value -1 does not fit into uint256 (range 0 to 2**256 - 1) [E3002]
//    33 |         return addmod(a, 1, k) + mulmod(a, a, k) + addmod(a, 1) + mulmod(a, -1, k);
//       |                                                                             ^~
// tests/lang/cases/check/slice_rules.sol:37:16: error: Arithmetic modulo zero. [E3022]
//    37 |         return addmod(1, 2, ZERO) + mulmod(1, 2, 1 - 1) + (true ? addmod : mulmod)(3, 4, 5);
//       |                ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/slice_rules.sol:37:37: error: Arithmetic modulo zero. [E3022]
//    37 |         return addmod(1, 2, ZERO) + mulmod(1, 2, 1 - 1) + (true ? addmod : mulmod)(3, 4, 5);
//       |                                     ^~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/slice_rules.sol:37:67: error: Invalid mobile type in true expression. [E3000]
//    37 |         return addmod(1, 2, ZERO) + mulmod(1, 2, 1 - 1) + (true ? addmod : mulmod)(3, 4, 5);
//       |                                                                   ^~~~~~
// tests/lang/cases/check/slice_rules.sol:37:76: error: Invalid mobile type in false expression. [E3000]
//    37 |         return addmod(1, 2, ZERO) + mulmod(1, 2, 1 - 1) + (true ? addmod : mulmod)(3, 4, 5);
//       |                                                                            ^~~~~~
// 20 errors generated.
