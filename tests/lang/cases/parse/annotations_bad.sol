/// #invariat total >= 0;
contract Token {
    /// #invariant total > 0;
    uint total;

    /// #if_succeeds total == old(total) +;
    function mint(uint x) public { total += x; }

    /// #if_succeeds total >= 0
    function burn(uint x) public { total -= x; }

    /// @notice plain NatSpec is ignored
    /// #if_succeeds x
    ///     > 0;
    function ok(uint x) public {}
}
// ----
// tests/lang/cases/parse/annotations_bad.sol:1:5: error: unknown annotation '#invariat' [E1300]
//     1 | /// #invariat total >= 0;
//       |     ^~~~~~~~~
//       = help: did you mean '#invariant'?
// tests/lang/cases/parse/annotations_bad.sol:3:9: error: '#invariant' must be written in the doc comment directly before a contract [E1302]
//     3 |     /// #invariant total > 0;
//       |         ^~~~~~~~~~
// tests/lang/cases/parse/annotations_bad.sol:6:43: error: in annotation: expected an expression after '+', found ';' [E1301]
//     6 |     /// #if_succeeds total == old(total) +;
//       |                                           ^
// tests/lang/cases/parse/annotations_bad.sol:9:32: error: expected ';' to end the '#if_succeeds' annotation [E1301]
//     9 |     /// #if_succeeds total >= 0
//       |                                ^
//       = help: an annotation runs over the following '///' lines until its ';'
// 4 errors generated.
