pragma solidity ^0.8.20;
contract Mix {
    function f(uint256 a, int256 b) public pure returns (int256) {
        int256 c = a;
        return b + a;
    }
    function g(uint8 a) public pure returns (int16) {
        int16 widened = a;
        return widened;
    }
}
// ----
// tests/lang/cases/check/signed_unsigned.sol:4:9: warning: unused local variable 'c' [E3029]
//     4 |         int256 c = a;
//       |         ^~~~~~~~
// tests/lang/cases/check/signed_unsigned.sol:4:20: error: initial value: uint256 is not implicitly convertible to expected type int256 [E3000]
//     4 |         int256 c = a;
//       |                    ^
//       = help: Solidity changes size and signedness in separate steps, e.g. int256(uint256(x))
// tests/lang/cases/check/signed_unsigned.sol:5:16: error: operator '+' is not compatible with types int256 and uint256 [E3003]
//     5 |         return b + a;
//       |                ^~~~~
//       = help: Solidity does not mix signed and unsigned integers implicitly; convert one operand explicitly
// tests/lang/cases/check/signed_unsigned.sol:8:25: error: initial value: uint8 is not implicitly convertible to expected type int16 [E3000]
//     8 |         int16 widened = a;
//       |                         ^
//       = help: Solidity changes size and signedness in separate steps, e.g. int16(uint16(x))
// 3 errors and 1 warning generated.
