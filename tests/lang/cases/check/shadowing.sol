pragma solidity ^0.8.20;
contract S {
    uint256 owner;
    function f(uint256 owner) public pure returns (uint256) {
        uint256 x = owner;
        {
            uint256 x = 2;
            x += 1;
        }
        uint256 x = 3;
        return x;
    }
}
// ----
// tests/lang/cases/check/shadowing.sol:4:24: warning: this declaration of 'owner' shadows an existing declaration [E2005]
//     4 |     function f(uint256 owner) public pure returns (uint256) {
//       |                        ^~~~~
// tests/lang/cases/check/shadowing.sol:3:13: note: the shadowed declaration is here
//     3 |     uint256 owner;
//       |             ^~~~~
// tests/lang/cases/check/shadowing.sol:7:13: warning: this declaration of 'x' shadows an existing declaration [E2005]
//     7 |             uint256 x = 2;
//       |             ^~~~~~~~~
// tests/lang/cases/check/shadowing.sol:5:17: note: the shadowed declaration is here
//     5 |         uint256 x = owner;
//       |                 ^
// tests/lang/cases/check/shadowing.sol:10:9: error: 'x' is already declared [E2004]
//    10 |         uint256 x = 3;
//       |         ^~~~~~~~~
// tests/lang/cases/check/shadowing.sol:5:17: note: previous declaration is here
//     5 |         uint256 x = owner;
//       |                 ^
// 1 error and 2 warnings generated.
