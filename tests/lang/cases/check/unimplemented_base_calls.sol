pragma solidity ^0.8.20;
// A function without a body has no code to run when it is named directly: `B.f()` and
// `super.f()` must reach an implementation (solc 7501, 9582). `super` skips a declaration
// to the next base that implements it; a call without the contract name dispatches to the
// override.
abstract contract A {
    function f() public virtual returns (uint256);
    function g() internal view virtual returns (uint256);
}
abstract contract B is A {
    function f() public virtual override returns (uint256) {
        return 1;
    }
}
abstract contract C is B {
    function h() public returns (uint256) {
        return A.f() + super.g() + g() + super.f();
    }
}
// ----
// tests/lang/cases/check/unimplemented_base_calls.sol:17:16: error: 'f' has no body and cannot be called through the contract name [E2026]
//    17 |         return A.f() + super.g() + g() + super.f();
//       |                ^~~
//       = help: call it without the contract name to run the implementation that overrides it
// tests/lang/cases/check/unimplemented_base_calls.sol:17:30: error: no base of 'C' implements a function 'g' for super.g [E2006]
//    17 |         return A.f() + super.g() + g() + super.f();
//       |                              ^
// 2 errors generated.
