// A constructor may give the arguments of any base of its hierarchy (C gives A's, which is
// B's base), but not of a contract outside it (solc 4659); a contract that is not abstract
// must see every base constructor's arguments given somewhere (solc 3415: B).
pragma solidity ^0.8.20;

contract A {
    uint256 public a;
    constructor(uint256 x) { a = x; }
}

contract B is A {
    uint256 public b;
    constructor() { b = a + 1; }
}

abstract contract AbstractB is A {}

contract U {
    constructor(uint256) {}
}

contract C is B {
    constructor() A(5) U(1) {}
}

contract D is AbstractB {
    constructor() A(7) {}
}

// ----
// tests/lang/cases/check/base_arguments_any_base.sol:11:10: error: no arguments are passed to the constructor of base 'A' [E2012]
//    11 | contract B is A {
//       |          ^
//       = help: write 'is A(...)' or 'constructor(...) A(...)', or mark 'B' abstract
// tests/lang/cases/check/base_arguments_any_base.sol:23:24: error: 'U' is neither a modifier nor a base of 'C' [E2012]
//    23 |     constructor() A(5) U(1) {}
//       |                        ^~~~
// 2 errors generated.
