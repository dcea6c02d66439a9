pragma solidity ^0.8.20;
contract Base {
    function a() public virtual returns (uint256) { return 1; }
    function b() public returns (uint256) { return 2; }
    function c() public view virtual returns (uint256) { return 3; }
    function d() external virtual returns (uint256) { return 4; }
    function e() public payable virtual { }
}
contract Derived is Base {
    function a() public returns (uint256) { return 10; }
    function b() public override returns (uint256) { return 20; }
    function c() public virtual override returns (uint256) { return 30; }
    function d() public override returns (uint256) { return 40; }
    function e() public override { }
    function z() public override { }
}
// ----
// tests/lang/cases/check/overrides.sol:10:14: error: function 'a' overrides 'Base.a' but is missing 'override' [E2013]
//    10 |     function a() public returns (uint256) { return 10; }
//       |              ^
//       = help: add 'override' after the visibility
// tests/lang/cases/check/overrides.sol:3:14: note: overridden function is here
//     3 |     function a() public virtual returns (uint256) { return 1; }
//       |              ^
// tests/lang/cases/check/overrides.sol:11:14: error: function 'b' overrides 'Base.b', which is not 'virtual' [E2014]
//    11 |     function b() public override returns (uint256) { return 20; }
//       |              ^
//       = help: mark 'Base.b' as 'virtual'
// tests/lang/cases/check/overrides.sol:4:14: note: overridden function is here
//     4 |     function b() public returns (uint256) { return 2; }
//       |              ^
// tests/lang/cases/check/overrides.sol:12:14: error: function 'c' changes state mutability from view to nonpayable when overriding 'Base.c' [E2015]
//    12 |     function c() public virtual override returns (uint256) { return 30; }
//       |              ^
// tests/lang/cases/check/overrides.sol:5:14: note: overridden function is here
//     5 |     function c() public view virtual returns (uint256) { return 3; }
//       |              ^
// tests/lang/cases/check/overrides.sol:14:14: error: function 'e' changes state mutability from payable to nonpayable when overriding 'Base.e' [E2015]
//    14 |     function e() public override { }
//       |              ^
// tests/lang/cases/check/overrides.sol:7:14: note: overridden function is here
//     7 |     function e() public payable virtual { }
//       |              ^
// tests/lang/cases/check/overrides.sol:15:25: error: function 'z' is marked 'override' but overrides nothing [E2016]
//    15 |     function z() public override { }
//       |                         ^~~~~~~~
//       = help: remove 'override', or check the name and parameter types
// 5 errors generated.
