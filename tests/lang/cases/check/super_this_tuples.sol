pragma solidity ^0.8.20;
contract A {
    function g() internal pure returns (uint256) { return 1; }
}
contract B is A {
    function h() external pure returns (uint256) { return 2; }
    function p() private pure returns (uint256) { return 3; }
    function three() internal pure returns (uint256, uint256, uint256) { return (1, 2, 3); }
    function run() public view returns (uint256) {
        uint256 a = super.g();
        uint256 b = super.missing();
        uint256 c = this.p();
        uint256 d = this.g();
        (uint256 e, uint256 f) = three();
        (uint256 u, uint256 v, uint256 w, uint256 z) = three();
        (a, b) = three();
        uint256 k = three();
        (a, , , b) = three();
        return a + b + c + d + e + f + u + v + w + z + k;
    }
}
// ----
// tests/lang/cases/check/super_this_tuples.sol:11:27: error: no base of 'B' implements a function 'missing' for super.missing [E2006]
//    11 |         uint256 b = super.missing();
//       |                           ^~~~~~~
// tests/lang/cases/check/super_this_tuples.sol:12:26: error: 'B.p' is private and cannot be called through a contract value [E2022]
//    12 |         uint256 c = this.p();
//       |                          ^
//       = help: only public and external functions are part of the contract's interface
// tests/lang/cases/check/super_this_tuples.sol:13:26: error: 'A.g' is internal and cannot be called through a contract value [E2022]
//    13 |         uint256 d = this.g();
//       |                          ^
//       = help: only public and external functions are part of the contract's interface
// tests/lang/cases/check/super_this_tuples.sol:14:9: error: different number of components: 2 declared, but the value has 3 (tuple(uint256,uint256,uint256)) [E3011]
//    14 |         (uint256 e, uint256 f) = three();
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/super_this_tuples.sol:15:9: error: different number of components: 4 declared, but the value has 3 (tuple(uint256,uint256,uint256)) [E3011]
//    15 |         (uint256 u, uint256 v, uint256 w, uint256 z) = three();
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/super_this_tuples.sol:16:9: error: the left side has 2 components, but the right side has 3 (tuple(uint256,uint256,uint256)) [E3011]
//    16 |         (a, b) = three();
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/super_this_tuples.sol:17:21: error: initial value: tuple(uint256,uint256,uint256) is not implicitly convertible to expected type uint256 [E3000]
//    17 |         uint256 k = three();
//       |                     ^~~~~~~
//       = help: the value has several components; destructure it with (a, b) = ...
// tests/lang/cases/check/super_this_tuples.sol:18:9: error: the left side has 4 components, but the right side has 3 (tuple(uint256,uint256,uint256)) [E3011]
//    18 |         (a, , , b) = three();
//       |         ^~~~~~~~~~~~~~~~~~~~
// 8 errors generated.
