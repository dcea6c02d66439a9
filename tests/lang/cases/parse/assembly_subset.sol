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

    function functionNamedLikeBuiltin() public pure {
        assembly {
            function add(x) -> y { y := x }
        }
    }

    function leaveOutsideFunction() public pure {
        assembly {
            function f() { leave }
            leave
        }
    }

    function functionInForInit() public pure {
        assembly {
            for { function f() {} } 1 {} { break }
        }
    }

    function breakInFunctionInLoop() public pure {
        assembly {
            for {} 1 {} { function f() { break } }
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
// tests/lang/cases/parse/assembly_subset.sol:37:22: error: Cannot use builtin function name "add" as identifier name. [E1000]
//    37 |             function add(x) -> y { y := x }
//       |                      ^~~
// tests/lang/cases/parse/assembly_subset.sol:44:13: error: Keyword "leave" can only be used inside a function. [E1000]
//    44 |             leave
//       |             ^~~~~
// tests/lang/cases/parse/assembly_subset.sol:50:19: error: Functions cannot be defined inside a for-loop init block. [E1000]
//    50 |             for { function f() {} } 1 {} { break }
//       |                   ^~~~~~~~
// tests/lang/cases/parse/assembly_subset.sol:56:42: error: Keyword "break" needs to be inside a for-loop body. [E1000]
//    56 |             for {} 1 {} { function f() { break } }
//       |                                          ^~~~~
// tests/lang/cases/parse/assembly_subset.sol:67:18: error: only the "evmasm" inline assembly dialect exists [E1000]
//    67 |         assembly "other" {
//       |                  ^~~~~~~
// tests/lang/cases/parse/assembly_subset.sol:74:9: error: expected ')' or ',' in the arguments in inline assembly, found '}' [E1000]
//    74 |         }
//       |         ^
// 11 errors generated.
