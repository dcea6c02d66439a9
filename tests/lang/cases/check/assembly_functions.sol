pragma solidity ^0.8.20;

// Yul function definitions break the rules solc's analysis enforces.
contract AssemblyFunctionRules {
    uint256 total;

    function scopes(uint256 p) external returns (uint256 r) {
        assembly {
            let x := 1
            function readsOuter() -> y { y := x }
            function readsSolidityLocal() -> y { y := p }
            function readsState() -> y { y := sload(total.slot) }
            function twice() {}
            function twice() {}
            function shadowsVariable(x) {}
            function outerName() -> v { let outerName := 1 }
            { function x() {} }
            r := readsState()
        }
    }

    function calls() external pure returns (uint256 r) {
        assembly {
            function pair(a, b) -> c, d { c := a d := b }
            function nothing() {}
            r := pair(1)
            let one := pair(1, 2)
            let a, b, c := pair(1, 2)
            r := pair(1, 2)
            pair(1, 2)
            let z := nothing()
            r := add(pair(1, 2), 1)
            r := pair
            nothing := 1
            r := missing(1)
        }
    }

    // solc resolves names against Solidity first: a return named like a local is unusable.
    function shadowsLocal() external pure returns (uint256 x) {
        assembly {
            function g() -> x { x := 42 }
            x := g()
        }
    }
}

// ----
// tests/lang/cases/check/assembly_functions.sol:7:21: warning: unused function parameter 'p' [E3029]
//     7 |     function scopes(uint256 p) external returns (uint256 r) {
//       |                     ^~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/assembly_functions.sol:10:47: error: Identifier "x" not found. [E3040]
//    10 |             function readsOuter() -> y { y := x }
//       |                                               ^
// tests/lang/cases/check/assembly_functions.sol:11:55: error: Cannot access local Solidity variables from inside an inline assembly function. [E3040]
//    11 |             function readsSolidityLocal() -> y { y := p }
//       |                                                       ^
// tests/lang/cases/check/assembly_functions.sol:14:22: error: Function name twice already taken in this scope. [E3040]
//    14 |             function twice() {}
//       |                      ^~~~~
// tests/lang/cases/check/assembly_functions.sol:15:38: error: Variable name x already taken in this scope. [E3040]
//    15 |             function shadowsVariable(x) {}
//       |                                      ^
// tests/lang/cases/check/assembly_functions.sol:16:45: error: Variable name outerName already taken in this scope. [E3040]
//    16 |             function outerName() -> v { let outerName := 1 }
//       |                                             ^~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:17:24: error: Function name x already taken in this scope. [E3040]
//    17 |             { function x() {} }
//       |                        ^
// tests/lang/cases/check/assembly_functions.sol:26:13: error: Variable count for assignment to "r" does not match number of values (1 vs. 2) [E3040]
//    26 |             r := pair(1)
//       |             ^~~~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:26:18: error: Function "pair" expects 2 arguments but got 1. [E3040]
//    26 |             r := pair(1)
//       |                  ^~~~~~~
// tests/lang/cases/check/assembly_functions.sol:27:13: error: Variable count mismatch for declaration of "one": 1 variables and 2 values. [E3040]
//    27 |             let one := pair(1, 2)
//       |             ^~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:28:13: error: Variable count mismatch for declaration of "a, b, c": 3 variables and 2 values. [E3040]
//    28 |             let a, b, c := pair(1, 2)
//       |             ^~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:29:13: error: Variable count for assignment to "r" does not match number of values (1 vs. 2) [E3040]
//    29 |             r := pair(1, 2)
//       |             ^~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:30:13: error: a Yul expression statement must not return a value: use pop(...) to discard it [E3040]
//    30 |             pair(1, 2)
//       |             ^~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:31:13: error: Variable count mismatch for declaration of "z": 1 variables and 0 values. [E3040]
//    31 |             let z := nothing()
//       |             ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:32:22: error: a Yul argument must have exactly one value [E3040]
//    32 |             r := add(pair(1, 2), 1)
//       |                      ^~~~~~~~~~
// tests/lang/cases/check/assembly_functions.sol:33:18: error: Function pair used without being called. [E3040]
//    33 |             r := pair
//       |                  ^~~~
// tests/lang/cases/check/assembly_functions.sol:34:13: error: Assignment requires variable. [E3040]
//    34 |             nothing := 1
//       |             ^~~~~~~
// tests/lang/cases/check/assembly_functions.sol:35:18: error: Function "missing" not found. [E3040]
//    35 |             r := missing(1)
//       |                  ^~~~~~~
// tests/lang/cases/check/assembly_functions.sol:42:33: error: Cannot access local Solidity variables from inside an inline assembly function. [E3040]
//    42 |             function g() -> x { x := 42 }
//       |                                 ^
// 18 errors and 1 warning generated.
