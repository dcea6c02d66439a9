// A base named after a constructor's parameter list passes arguments to the base's
// constructor, so it takes parentheses even when there are none to pass (solc 1563); a
// modifier without arguments needs none.
pragma solidity ^0.8.20;

contract A {
    constructor() {}
}

abstract contract B {
    constructor(uint256) {}
}

contract Fine is A {
    modifier tick() {
        _;
    }

    constructor() tick A() {}
}

contract Bare is A {
    constructor() A {}
}

abstract contract AbstractBare is B {
    constructor() B {}
}

// ----
// tests/lang/cases/check/base_constructor_parentheses.sol:23:19: error: Modifier-style base constructor call without arguments. [E2012]
//    23 |     constructor() A {}
//       |                   ^
//       = help: write 'A()', or leave the base out of the constructor
// tests/lang/cases/check/base_constructor_parentheses.sol:27:19: error: Modifier-style base constructor call without arguments. [E2012]
//    27 |     constructor() B {}
//       |                   ^
//       = help: write 'B(...)' with the arguments of its constructor
// 2 errors generated.
