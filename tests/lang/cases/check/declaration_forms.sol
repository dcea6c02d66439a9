pragma solidity ^0.8.20;
// solc's rules on a few declaration forms: a public state variable cannot override a `pure`
// function, its getter reads state (6959); a mapping key is a plain `address`, never
// `address payable` (2314); an interface base takes no constructor arguments (7927). A
// constant's getter is pure, so a public constant may override a `pure` function.
interface I {
    function foo() external pure returns (uint256);
    function bar() external view returns (uint256);
    function baz() external pure returns (uint256);
}
contract C is I(2) {
    uint256 public override foo;
    uint256 public override bar;
    uint256 public constant override baz = 3;
    mapping(address payable => uint256) m;
}
contract D is I() {
    function foo() external pure returns (uint256) {
        return 1;
    }
    function bar() external pure returns (uint256) {
        return 2;
    }
    function baz() external pure returns (uint256) {
        return 3;
    }
}

// ----
// tests/lang/cases/check/declaration_forms.sol:11:15: error: the constructor of 'I' takes 0 arguments, but 1 was given [E2012]
//    11 | contract C is I(2) {
//       |               ^~~~
// tests/lang/cases/check/declaration_forms.sol:12:29: error: Overriding public state variable changes state mutability from "pure" to "view". [E2015]
//    12 |     uint256 public override foo;
//       |                             ^~~
// tests/lang/cases/check/declaration_forms.sol:7:14: note: overridden function is here
//     7 |     function foo() external pure returns (uint256);
//       |              ^~~
// tests/lang/cases/check/declaration_forms.sol:15:5: error: Expected '=>' but got 'payable' [E1000]
//    15 |     mapping(address payable => uint256) m;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: a mapping key is a plain 'address'
// 3 errors generated.
