pragma solidity ^0.8.20;
struct S { uint a; }
contract C { function f(uint x) public pure returns (uint) { return x; } }
function g(uint x) pure returns (uint) { return x; }
function h() pure {}
using C for uint;
using {g} for bool;
using {h} for uint;
using {g} for uint global;
using {g} for *;
using {C.f} for uint;
contract D {
    using {g} for S global;
    function k(uint y) public pure returns (uint) { return y.nope(); }
}
// ----
// tests/lang/cases/check/using_for.sol:6:7: error: Library name expected. If you want to attach a function, use '{...}'. [E3000]
//     6 | using C for uint;
//       |       ^
// tests/lang/cases/check/using_for.sol:7:8: error: The function "g" cannot be attached to the type "bool" because the type cannot be implicitly converted to the first argument of the function ("uint256"). [E3000]
//     7 | using {g} for bool;
//       |        ^
// tests/lang/cases/check/using_for.sol:8:8: error: The function "h" does not have any parameters, and therefore cannot be attached to the type "uint256". [E3000]
//     8 | using {h} for uint;
//       |        ^
// tests/lang/cases/check/using_for.sol:9:1: error: Can only use "global" with user-defined types. [E3000]
//     9 | using {g} for uint global;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/using_for.sol:10:1: error: The type has to be specified explicitly at file level (cannot use '*'). [E3000]
//    10 | using {g} for *;
//       | ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/using_for.sol:11:8: error: Only file-level functions and library functions can be attached to a type in a "using" statement [E3000]
//    11 | using {C.f} for uint;
//       |        ^~~
// tests/lang/cases/check/using_for.sol:13:5: error: "global" can only be used at file level. [E4000]
//    13 |     using {g} for S global;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/using_for.sol:13:12: error: The function "g" cannot be attached to the type "struct S" because the type cannot be implicitly converted to the first argument of the function ("uint256"). [E3000]
//    13 |     using {g} for S global;
//       |            ^
// tests/lang/cases/check/using_for.sol:14:62: error: uint256 has no member 'nope' [E2006]
//    14 |     function k(uint y) public pure returns (uint) { return y.nope(); }
//       |                                                              ^~~~
// 9 errors generated.
