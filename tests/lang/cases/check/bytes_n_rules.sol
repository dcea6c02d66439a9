pragma solidity ^0.8.20;
// bytesN keeps solc's rules: single bytes are read-only, a constant index is bounds-checked,
// implicit conversions only widen, and conversions to integers and addresses keep the width.
contract C {
    bytes3 s = 0xa1b2c3;
    function f(bytes4 w, uint8 small, address a) public view returns (bytes3, uint24, bytes32) {
        bytes3 b = s;
        b[0] = 0x01;
        bytes1 x = b[3];
        bytes3 narrow = w;
        uint24 u = b;
        bytes2 y = bytes2(small);
        bytes32 z = bytes32(a);
        address back = address(bytes32(0));
        bytes7 ok = bytes7(w);
        uint8 n = b.length;
        b.length = 4;
        bytes2 lit = 0x123456;
        return (narrow, u, bytes32(uint256(uint160(back))) | z | bytes32(x) | bytes32(y) | ok);
    }
}
// ----
// tests/lang/cases/check/bytes_n_rules.sol:8:9: error: Single bytes in fixed bytes arrays cannot be modified. [E3004]
//     8 |         b[0] = 0x01;
//       |         ^~~~
//       = help: build the new value with shifts and masks, or use a 'bytes' array
// tests/lang/cases/check/bytes_n_rules.sol:9:22: error: Out of bounds array access: index 3 of bytes3 [E3033]
//     9 |         bytes1 x = b[3];
//       |                      ^
// tests/lang/cases/check/bytes_n_rules.sol:10:25: error: initial value: bytes4 is not implicitly convertible to expected type bytes3 [E3000]
//    10 |         bytes3 narrow = w;
//       |                         ^
// tests/lang/cases/check/bytes_n_rules.sol:11:20: error: initial value: bytes3 is not implicitly convertible to expected type uint24 [E3000]
//    11 |         uint24 u = b;
//       |                    ^
// tests/lang/cases/check/bytes_n_rules.sol:12:20: error: explicit conversion from uint8 to bytes2 is not allowed [E3001]
//    12 |         bytes2 y = bytes2(small);
//       |                    ^~~~~~~~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:13:21: error: explicit conversion from address to bytes32 is not allowed [E3001]
//    13 |         bytes32 z = bytes32(a);
//       |                     ^~~~~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:14:24: error: explicit conversion from bytes32 to address is not allowed [E3001]
//    14 |         address back = address(bytes32(0));
//       |                        ^~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:16:9: warning: unused local variable 'n' [E3029]
//    16 |         uint8 n = b.length;
//       |         ^~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:17:9: error: 'b.length' cannot be assigned to: it is not a variable, array element or struct member [E3004]
//    17 |         b.length = 4;
//       |         ^~~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:18:9: warning: unused local variable 'lit' [E3029]
//    18 |         bytes2 lit = 0x123456;
//       |         ^~~~~~~~~~
// tests/lang/cases/check/bytes_n_rules.sol:18:22: error: initial value: int_const 1193046 is not implicitly convertible to expected type bytes2 [E3000]
//    18 |         bytes2 lit = 0x123456;
//       |                      ^~~~~~~~
// 9 errors and 2 warnings generated.
