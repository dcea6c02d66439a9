contract Many {
    uint256 a

    function one() public {
        uint x = ;
        x = x + 1;
        if (x > 2 {
            x = 3;
        }
        return x
    }

    function two() public pure returns (uint) {
        return 1 +;
    }

    event E(uint indexed);
    struct S { uint a uint b; }
}
// ----
// tests/lang/cases/parse/recovery_many.sol:4:5: error: expected ';' after the state variable declaration [E1000]
//     4 |     function one() public {
//       |     ^
// tests/lang/cases/parse/recovery_many.sol:5:18: error: expected an expression, found ';' [E1006]
//     5 |         uint x = ;
//       |                  ^
// tests/lang/cases/parse/recovery_many.sol:7:19: error: expected ')', found '{' [E1000]
//     7 |         if (x > 2 {
//       |                   ^
// tests/lang/cases/parse/recovery_many.sol:11:5: error: expected ';' after the return statement [E1000]
//    11 |     }
//       |     ^
// tests/lang/cases/parse/recovery_many.sol:14:19: error: expected an expression after '+', found ';' [E1006]
//    14 |         return 1 +;
//       |                   ^
// tests/lang/cases/parse/recovery_many.sol:18:23: error: expected ';' after the struct member [E1000]
//    18 |     struct S { uint a uint b; }
//       |                       ^
// 6 errors generated.
