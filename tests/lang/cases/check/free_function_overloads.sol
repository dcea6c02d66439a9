pragma solidity ^0.8.20;
// Free functions overload; solc refuses two with the same parameter types, a free function
// and another declaration of its name, and a call that two overloads accept equally.
function f(uint256 x) pure returns (uint256) { return x; }
function f(uint256 y) pure returns (uint256) { return y + 1; }
function g(uint8 x) pure returns (uint8) { return x; }
function g(uint16 x) pure returns (uint16) { return x; }
struct h { uint256 v; }
function h(uint256 x) pure returns (uint256) { return x; }
contract C {
    function ambiguous() external pure returns (uint256) { return g(1); }
}
// ----
// tests/lang/cases/check/free_function_overloads.sol:5:10: error: function 'f' with the same parameter types is defined twice [E2004]
//     5 | function f(uint256 y) pure returns (uint256) { return y + 1; }
//       |          ^
// tests/lang/cases/check/free_function_overloads.sol:4:10: note: other definition is here
//     4 | function f(uint256 x) pure returns (uint256) { return x; }
//       |          ^
// tests/lang/cases/check/free_function_overloads.sol:9:10: error: 'h' is already declared in this file [E2004]
//     9 | function h(uint256 x) pure returns (uint256) { return x; }
//       |          ^
// tests/lang/cases/check/free_function_overloads.sol:8:8: note: previous declaration is here
//     8 | struct h { uint256 v; }
//       |        ^
// tests/lang/cases/check/free_function_overloads.sol:11:67: error: the call of 'g' with arguments (int_const 1) matches 2 overloads [E2023]
//    11 |     function ambiguous() external pure returns (uint256) { return g(1); }
//       |                                                                   ^~~~
// tests/lang/cases/check/free_function_overloads.sol:6:10: note: candidate: g
//     6 | function g(uint8 x) pure returns (uint8) { return x; }
//       |          ^
// tests/lang/cases/check/free_function_overloads.sol:7:10: note: candidate: g
//     7 | function g(uint16 x) pure returns (uint16) { return x; }
//       |          ^
// 3 errors generated.
