pragma solidity ^0.8.20;
// solc converts integers implicitly only within one signedness: uint8 does not become int16.
contract SignedUnsignedImplicit {
    function g(uint8 a, int8 b) public pure returns (int256, uint256) {
        int16 wide = a;
        uint256 u = b;
        int256 ok = int256(uint256(a));
        return (wide + ok, u);
    }
}
// ----
// tests/lang/cases/check/signed_unsigned_implicit.sol:5:22: error: initial value: uint8 is not implicitly convertible to expected type int16 [E3000]
//     5 |         int16 wide = a;
//       |                      ^
//       = help: Solidity changes size and signedness in separate steps, e.g. int16(uint16(x))
// tests/lang/cases/check/signed_unsigned_implicit.sol:6:21: error: initial value: int8 is not implicitly convertible to expected type uint256 [E3000]
//     6 |         uint256 u = b;
//       |                     ^
//       = help: Solidity changes size and signedness in separate steps, e.g. uint256(int256(x))
// 2 errors generated.
