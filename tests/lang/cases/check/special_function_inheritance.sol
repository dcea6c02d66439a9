// receive and fallback inherited from two bases must be overridden (solc 6480); one base's
// version seen through two paths, or an override naming both, is fine.
pragma solidity ^0.8.20;
contract A { fallback() external {} }
contract B { fallback() external {} }
contract C is B, A { }
contract D { receive() external payable {} }
contract E { receive() external payable {} }
contract F is D, E { }
contract G { fallback() external virtual {} }
contract H { fallback() external virtual {} }
contract I is G, H { fallback() external override(G, H) {} }
contract J is D { }
contract K is D, J { }
// ----
// tests/lang/cases/check/special_function_inheritance.sol:6:10: error: 'C' must override function 'fallback': two or more bases define it with the same parameter types [E2013]
//     6 | contract C is B, A { }
//       |          ^
//       = help: add 'fallback(...) external override(B, A) { ... }' to 'C'
// tests/lang/cases/check/special_function_inheritance.sol:5:14: note: defined here
//     5 | contract B { fallback() external {} }
//       |              ^~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_function_inheritance.sol:4:14: note: defined here
//     4 | contract A { fallback() external {} }
//       |              ^~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_function_inheritance.sol:9:10: error: 'F' must override function 'receive': two or more bases define it with the same parameter types [E2013]
//     9 | contract F is D, E { }
//       |          ^
//       = help: add 'receive(...) external override(D, E) { ... }' to 'F'
// tests/lang/cases/check/special_function_inheritance.sol:7:14: note: defined here
//     7 | contract D { receive() external payable {} }
//       |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_function_inheritance.sol:8:14: note: defined here
//     8 | contract E { receive() external payable {} }
//       |              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 2 errors generated.
