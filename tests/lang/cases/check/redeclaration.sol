pragma solidity ^0.8.20;
contract R {
    uint256 value;
    function value() public { }
    function f(uint256 a) public pure returns (uint256) { return a; }
    function f(uint256 b) public pure returns (uint256) { return b; }
    function f(address a) public pure returns (address) { return a; }
    event E(uint256 a);
    event E(address a);
}
contract Base { uint256 internal shared; }
contract Child is Base { uint256 shared; }
// ----
// tests/lang/cases/check/redeclaration.sol:4:14: error: 'value' is already declared in 'R' [E2004]
//     4 |     function value() public { }
//       |              ^~~~~
// tests/lang/cases/check/redeclaration.sol:3:13: note: previous declaration is here
//     3 |     uint256 value;
//       |             ^~~~~
// tests/lang/cases/check/redeclaration.sol:6:14: error: function 'f' with the same parameter types is defined twice [E2004]
//     6 |     function f(uint256 b) public pure returns (uint256) { return b; }
//       |              ^
// tests/lang/cases/check/redeclaration.sol:5:14: note: other definition is here
//     5 |     function f(uint256 a) public pure returns (uint256) { return a; }
//       |              ^
// tests/lang/cases/check/redeclaration.sol:12:34: error: state variable 'shared' is already declared in base 'Base' [E2004]
//    12 | contract Child is Base { uint256 shared; }
//       |                                  ^~~~~~
// tests/lang/cases/check/redeclaration.sol:11:34: note: declared here
//    11 | contract Base { uint256 internal shared; }
//       |                                  ^~~~~~
// 3 errors generated.
