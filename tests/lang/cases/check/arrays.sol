pragma solidity ^0.8.20;
contract Arr {
    uint256[] values;
    uint256[3] fixedValues;
    uint256 constant N = 4;
    uint256[N] more;
    function f(uint256 i) public view returns (uint256) {
        uint256 a = values[i] + fixedValues[2] + more[3] + values.length;
        uint256 b = fixedValues[3];
        int256 j = -1;
        uint256 c = values[j];
        return a + b + c + i[0];
    }
}
// ----
// tests/lang/cases/check/arrays.sol:9:33: error: index 3 is out of bounds for uint256[3] storage (length 3) [E3033]
//     9 |         uint256 b = fixedValues[3];
//       |                                 ^
// tests/lang/cases/check/arrays.sol:11:28: error: array index must be an unsigned integer, not int256 [E3033]
//    11 |         uint256 c = values[j];
//       |                            ^
// tests/lang/cases/check/arrays.sol:12:28: error: uint256 cannot be indexed: only arrays, mappings and bytes can [E3033]
//    12 |         return a + b + c + i[0];
//       |                            ^~~~
// 3 errors generated.
