pragma solidity ^0.8.20;
// A contract cannot contain its own bytecode: creations reached through free and internal library
// functions count; unreachable internal functions and public library functions do not.
function makeB() {
    new B();
}
library Factory {
    function makeA() internal {
        new A();
    }
}
contract A {
    function f() public {
        makeB();
    }
}
contract B {
    constructor() {
        Factory.makeA();
    }
}
contract Quiet {
    function unused() internal {
        new Loud();
    }
}
contract Loud {
    function f() public {
        new Quiet();
    }
}

// ----
// tests/lang/cases/check/bytecode_cycles.sol:5:5: error: Circular reference to contract bytecode either via "new" or "type(...).creationCode" / "type(...).runtimeCode". [E2020]
//     5 |     new B();
//       |     ^~~~~
// tests/lang/cases/check/bytecode_cycles.sol:9:9: error: Circular reference to contract bytecode either via "new" or "type(...).creationCode" / "type(...).runtimeCode". [E2020]
//     9 |         new A();
//       |         ^~~~~
// 2 errors generated.
