contract AssemblyOutside {
    function breakOutsideLoop(uint256 n) public pure returns (uint256 r) {
        assembly {
            for { let i := 0 } lt(i, n) { i := add(i, 1) break } { r := add(r, i) }
        }
    }

    function continueOutsideLoop() public pure {
        assembly {
            continue
        }
    }

    function caseAfterDefault(uint256 n) public pure returns (uint256 r) {
        assembly {
            switch n
            default { r := 2 }
            case 0 { r := 1 }
        }
    }

    function switchWithoutCases(uint256 n) public pure {
        assembly {
            switch n
        }
    }

    function caseNotLiteral(uint256 n) public pure returns (uint256 r) {
        assembly {
            switch n
            case n { r := 1 }
        }
    }

    function definesFunction() public pure {
        assembly {
            function double(x) -> y { y := add(x, x) }
        }
    }

    function stringLiteral() public pure returns (bytes32 r) {
        assembly {
            r := "abc"
        }
    }

    function badDialect() public pure {
        assembly "other" {
        }
    }

    function unclosed() public pure {
        assembly {
            let x := add(1, 2
        }
    }
}
// ----
// tests/lang/cases/parse/assembly_subset.sol:4:58: error: Keyword "break" needs to be inside a for-loop body. [E1000]
//     4 |             for { let i := 0 } lt(i, n) { i := add(i, 1) break } { r := add(r, i) }
//       |                                                          ^~~~~
// tests/lang/cases/parse/assembly_subset.sol:10:13: error: Keyword "continue" needs to be inside a for-loop body. [E1000]
//    10 |             continue
//       |             ^~~~~~~~
// tests/lang/cases/parse/assembly_subset.sol:18:13: error: Case not allowed after default case. [E1000]
//    18 |             case 0 { r := 1 }
//       |             ^~~~
// tests/lang/cases/parse/assembly_subset.sol:24:13: error: Switch statement without any cases. [E1000]
//    24 |             switch n
//       |             ^~~~~~
// tests/lang/cases/parse/assembly_subset.sol:31:18: error: Literal expected. [E1000]
//    31 |             case n { r := 1 }
//       |                  ^
// tests/lang/cases/parse/assembly_subset.sol:37:13: error: Yul 'function' (function definition) is outside Mallory's subset of inline assembly [E4005]
//    37 |             function double(x) -> y { y := add(x, x) }
//       |             ^~~~~~~~
//       = help: Mallory's inline assembly has Yul's statements except function definitions, its arithmetic, storage, memory, call and environment builtins, and no string literals (LANGUAGE.md §4.1)
// tests/lang/cases/parse/assembly_subset.sol:48:18: error: only the "evmasm" inline assembly dialect exists [E1000]
//    48 |         assembly "other" {
//       |                  ^~~~~~~
// tests/lang/cases/parse/assembly_subset.sol:55:9: error: expected ')' or ',' in the arguments in inline assembly, found '}' [E1000]
//    55 |         }
//       |         ^
// 8 errors generated.
