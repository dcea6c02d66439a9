pragma solidity ^0.8.20;
contract L {
    uint256 constant LIMIT = 10;
    uint256 immutable created;
    uint256 count;
    constructor() {
        created = 1;
    }
    function f(uint256 a) public {
        LIMIT = 5;
        created = 2;
        a + 1 = 3;
        count = a;
    }
}
// ----
// tests/lang/cases/check/lvalues.sol:10:9: error: cannot assign to constant 'LIMIT' [E3005]
//    10 |         LIMIT = 5;
//       |         ^~~~~
// tests/lang/cases/check/lvalues.sol:3:22: note: declared constant here
//     3 |     uint256 constant LIMIT = 10;
//       |                      ^~~~~
// tests/lang/cases/check/lvalues.sol:11:9: error: immutable 'created' can only be assigned while the contract is constructed, not in a function or a modifier [E3005]
//    11 |         created = 2;
//       |         ^~~~~~~
//       = help: assign it in a constructor, its initializer or a base's arguments
// tests/lang/cases/check/lvalues.sol:4:23: note: declared immutable here
//     4 |     uint256 immutable created;
//       |                       ^~~~~~~
// tests/lang/cases/check/lvalues.sol:12:9: error: 'a + 1' cannot be assigned to: it is not a variable, array element or struct member [E3004]
//    12 |         a + 1 = 3;
//       |         ^~~~~
// 3 errors generated.
