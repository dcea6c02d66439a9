// Literal expressions are evaluated exactly and range-checked on implicit conversion.
pragma solidity ^0.8.20;
contract Literals {
    uint256 constant MAX = 2**256 - 1;
    uint256 constant WEI = 0.5 ether + 1 gwei;
    uint32 constant WEEK = 1 weeks;
    int8 constant LOW = -128;
    uint8 small = 256;
    int8 tooLow = -129;
    uint256 negative = -1;
    uint256 half = 1 / 2;
    uint256 huge = 2**256;
}
// ----
// tests/lang/cases/check/literal_range.sol:8:19: error: initial value: the value 256 does not fit into uint8 (range 0 to 255) [E3002]
//     8 |     uint8 small = 256;
//       |                   ^~~
// tests/lang/cases/check/literal_range.sol:9:19: error: initial value: the value -129 does not fit into int8 (range -128 to 127) [E3002]
//     9 |     int8 tooLow = -129;
//       |                   ^~~~
// tests/lang/cases/check/literal_range.sol:10:24: error: initial value: the value -1 does not fit into uint256 (range 0 to 2**256 - 1) [E3002]
//    10 |     uint256 negative = -1;
//       |                        ^~
// tests/lang/cases/check/literal_range.sol:11:20: error: initial value: 1/2 is not an integer and cannot be converted to uint256 [E4106]
//    11 |     uint256 half = 1 / 2;
//       |                    ^~~~~
// tests/lang/cases/check/literal_range.sol:12:20: error: initial value: the value 115792089237316195423570985008687907853269984665640564039457584007913129639936 does not fit into uint256 (range 0 to 2**256 - 1) [E3002]
//    12 |     uint256 huge = 2**256;
//       |                    ^~~~~~
// 5 errors generated.
