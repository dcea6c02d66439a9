contract C {
    /* this comment never ends
    function f() public {}
}
// ----
// tests/lang/cases/parse/unterminated_comment.sol:2:5: error: unterminated comment: this '/*' is never closed [E1101]
//     2 |     /* this comment never ends
//       |     ^~
//       = help: everything after it up to the end of the file is a comment
// 1 error generated.
