pragma solidity ^0.8.20;
contract Ops {
    function f(uint256 a, int256 b, bool c) public pure returns (uint256) {
        bool x = !a;
        bool y = c && a;
        uint256 z = -a;
        uint256 w = a ** b;
        uint256 s = a << b;
        uint256 d = 1 / 0;
        if (x || y) {
            return z + w + s + d;
        }
        return a ** 2 + (a << 3) + ~a;
    }
}
// ----
// tests/lang/cases/check/operators.sol:4:18: error: operator '!' needs a bool, not uint256 [E3003]
//     4 |         bool x = !a;
//       |                  ^~
// tests/lang/cases/check/operators.sol:5:18: error: operator '&&' is not compatible with types bool and uint256 [E3003]
//     5 |         bool y = c && a;
//       |                  ^~~~~~
// tests/lang/cases/check/operators.sol:6:21: error: unary '-' is only allowed for signed integers, not uint256 [E3003]
//     6 |         uint256 z = -a;
//       |                     ^~
//       = help: use '0 - x' or convert to a signed type
// tests/lang/cases/check/operators.sol:7:21: error: operator '**' is not compatible with types uint256 and int256: the exponent must be unsigned [E3003]
//     7 |         uint256 w = a ** b;
//       |                     ^~~~~~
// tests/lang/cases/check/operators.sol:8:21: error: operator '<<' is not compatible with types uint256 and int256: the shift amount must be unsigned [E3003]
//     8 |         uint256 s = a << b;
//       |                     ^~~~~~
// tests/lang/cases/check/operators.sol:9:21: error: division by zero [E3022]
//     9 |         uint256 d = 1 / 0;
//       |                     ^~~~~
// 6 errors generated.
