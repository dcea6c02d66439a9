pragma solidity ^0.8.20;
contract C {
    struct S { uint x; uint y; }
    event E(uint a, uint b);
    error Err(uint b);
    function f(uint a, uint b) internal pure returns (uint) { return a + b; }
    function g() public {
        f({a: 1});
        f({a: 1, a: 2});
        f({a: 1, c: 2});
        S memory s = S({x: 1});
        s = S({x: 1, z: 2});
        emit E({a: 1, c: 2});
        abi.encode({a: 1});
        uint8({a: 1});
    }
    function h() public pure {
        revert Err({q: 1});
    }
    function ok() public pure returns (uint) {
        return f({b: 1, a: 2});
    }
}
// ----
// tests/lang/cases/check/named_arguments.sol:8:9: error: Wrong argument count for function call: 1 arguments given but expected 2. [E3010]
//     8 |         f({a: 1});
//       |         ^~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:9:15: error: Duplicate named argument "a". [E3010]
//     9 |         f({a: 1, a: 2});
//       |               ^
// tests/lang/cases/check/named_arguments.sol:10:9: error: Named argument "c" does not match function declaration. [E3010]
//    10 |         f({a: 1, c: 2});
//       |         ^~~~~~~~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:11:22: error: Wrong argument count for struct constructor: 1 arguments given but expected 2. [E3010]
//    11 |         S memory s = S({x: 1});
//       |                      ^~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:12:13: error: Named argument "z" does not match function declaration. [E3010]
//    12 |         s = S({x: 1, z: 2});
//       |             ^~~~~~~~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:13:14: error: Named argument "c" does not match function declaration. [E3010]
//    13 |         emit E({a: 1, c: 2});
//       |              ^~~~~~~~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:14:9: error: Named arguments cannot be used for functions that take arbitrary parameters. [E3010]
//    14 |         abi.encode({a: 1});
//       |         ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:15:9: error: Type conversion cannot allow named arguments. [E3010]
//    15 |         uint8({a: 1});
//       |         ^~~~~~~~~~~~~
// tests/lang/cases/check/named_arguments.sol:18:16: error: Named argument "q" does not match function declaration. [E3010]
//    18 |         revert Err({q: 1});
//       |                ^~~~~~~~~~~
// 9 errors generated.
