contract AssemblyOutside {
    function loops(uint256 n) public pure returns (uint256 r) {
        assembly {
            for { let i := 0 } lt(i, n) { i := add(i, 1) } { r := add(r, i) }
        }
    }

    function conditional(uint256 n) public pure returns (uint256 r) {
        assembly {
            switch n
            case 0 { r := 1 }
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
// tests/lang/cases/parse/assembly_subset.sol:4:13: error: Yul 'for' (loop) is outside Mallory's subset of inline assembly [E4005]
//     4 |             for { let i := 0 } lt(i, n) { i := add(i, 1) } { r := add(r, i) }
//       |             ^~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore (LANGUAGE.md §4.1)
// tests/lang/cases/parse/assembly_subset.sol:10:13: error: Yul 'switch' (conditional) is outside Mallory's subset of inline assembly [E4005]
//    10 |             switch n
//       |             ^~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore (LANGUAGE.md §4.1)
// tests/lang/cases/parse/assembly_subset.sol:17:13: error: Yul 'function' (function definition) is outside Mallory's subset of inline assembly [E4005]
//    17 |             function double(x) -> y { y := add(x, x) }
//       |             ^~~~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore (LANGUAGE.md §4.1)
// tests/lang/cases/parse/assembly_subset.sol:23:18: error: a Yul string literal is outside Mallory's subset of inline assembly [E4005]
//    23 |             r := "abc"
//       |                  ^~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore (LANGUAGE.md §4.1)
// tests/lang/cases/parse/assembly_subset.sol:28:18: error: only the "evmasm" inline assembly dialect exists [E1000]
//    28 |         assembly "other" {
//       |                  ^~~~~~~
// tests/lang/cases/parse/assembly_subset.sol:35:9: error: expected ')' or ',' in the arguments in inline assembly, found '}' [E1000]
//    35 |         }
//       |         ^
// 6 errors generated.
