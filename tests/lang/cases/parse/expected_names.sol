// Every "expected ..." names the construct in Solidity terms, never the parser's C++ type:
// a sequence by what it starts with, a list by its element, an alternative by both sides.
contract Names {
    error Missing;

    constructor;

    function f;

    function g() public override() {}

    function h(address t) public {
        try Names(t).g() {
        }
    }
}
// ----
// tests/lang/cases/parse/expected_names.sol:4:18: error: expected '(', found ';' [E1000]
//     4 |     error Missing;
//       |                  ^
// tests/lang/cases/parse/expected_names.sol:6:16: error: expected '(', found ';' [E1000]
//     6 |     constructor;
//       |                ^
// tests/lang/cases/parse/expected_names.sol:8:15: error: expected '(', found ';' [E1000]
//     8 |     function f;
//       |               ^
// tests/lang/cases/parse/expected_names.sol:10:34: error: expected a type name, found ')' [E1000]
//    10 |     function g() public override() {}
//       |                                  ^
// tests/lang/cases/parse/expected_names.sol:15:5: error: expected a catch clause, found '}' [E1000]
//    15 |     }
//       |     ^
// 5 errors generated.
