contract C {
    function f() public pure {
        [3, , 4];
    }
}
// ----
// tests/lang/cases/parse/inline_array_omitted.sol:3:13: error: Expected expression (inline array elements cannot be omitted). [E1012]
//     3 |         [3, , 4];
//       |             ^
// 1 error generated.
