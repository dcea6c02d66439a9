// solc's order of evaluation in a constructor: the arguments of every base constructor first,
// most derived base first (wherever they are written), then the modifiers' arguments in
// order, the base constructor bodies from the most base, and the own body last. A base's
// arguments may read the parameters of the constructor that names them.
pragma solidity ^0.8.20;

contract Log {
    event Step(uint256 v);

    function f(uint256 v) internal returns (uint256) {
        emit Step(v);
        return v;
    }
}

contract A is Log {
    constructor(uint256 a) {
        emit Step(100 + a);
    }
}

contract B is Log {
    constructor(uint256 b) {
        emit Step(200 + b);
    }
}

contract C is Log {
    constructor(uint256 c) {
        emit Step(300 + c);
    }
}

contract Mid is A {
    constructor(uint256 x) A(f(x * 2)) {
        emit Step(400 + x);
    }
}

contract D is A, B, C {
    modifier m(uint256) {
        _;
    }

    constructor() m(f(1)) B(f(2)) m(f(3)) C(f(4)) A(f(6)) {
        f(7);
    }
}

contract E is Mid, B {
    constructor() B(f(8)) Mid(f(9)) {}
}

contract BaseConstructorOrder {
    function run() external payable {
        new D();
        new E();
    }
}
// ----
// success
// Step("4")
// Step("2")
// Step("6")
// Step("106")
// Step("202")
// Step("304")
// Step("1")
// Step("3")
// Step("7")
// Step("8")
// Step("9")
// Step("18")
// Step("118")
// Step("409")
// Step("208")
