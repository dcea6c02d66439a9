contract C {
    /* this comment never ends
    function f() public {}
}
// ----
// tests/lang/cases/parse/unterminated_comment.sol:6:115: error: expected a contract member (function, modifier, state variable, struct, enum, event, error, constructor, receive or fallback), found a string literal [E1004]
//     6 | // tests/lang/cases/parse/unterminated_comment.sol:2:5: error: unterminated comment: this '/*' has no matching '*/' [E1101]
//       |                                                                                                                   ^~~~~~~~~
// tests/lang/cases/parse/unterminated_comment.sol:11:1: error: expected '}' to close 'contract' opened at 1:1 [E1001]
//    11 |
//       | ^
// tests/lang/cases/parse/unterminated_comment.sol:1:12: note: this '{' is not closed
//     1 | contract C {
//       |            ^
// 2 errors generated.
