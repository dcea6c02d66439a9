// `this.f.selector` is a constant: a pure function may name it (solc accepts it); `this` itself
// reads the environment.
pragma solidity ^0.8.20;
contract C {
    function f() external {}
    function a() external pure returns (bytes4) { return this.f.selector; }
    function b() external pure returns (address) { return address(this); }
    function c() external pure returns (bytes4) { return C.f.selector; }
}
// ----
// tests/lang/cases/check/this_selector_pure.sol:7:67: error: function 'b' is declared 'pure', but this expression reads the state or the environment [E3008]
//     7 |     function b() external pure returns (address) { return address(this); }
//       |                                                                   ^~~~
//       = help: declare the function 'view'
// 1 error generated.
