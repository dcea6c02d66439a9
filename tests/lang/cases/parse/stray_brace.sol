contract A {
    function f() public {}
}
}

contract B {}
// ----
// tests/lang/cases/parse/stray_brace.sol:4:1: error: unexpected '}': there is no open '{' for it to close [E1002]
//     4 | }
//       | ^
// 1 error generated.
