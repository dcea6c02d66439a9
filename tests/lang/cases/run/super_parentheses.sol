// `((super).f)()` is `super.f()`: parentheses do not change what `super` resolves to.
pragma solidity ^0.8.20;

contract A {
    function f() public virtual returns (uint256 r) {
        return 1;
    }
}

contract B is A {
    function f() public virtual override returns (uint256 r) {
        return ((super).f)() | 2;
    }
}

contract C is A {
    function f() public virtual override returns (uint256 r) {
        return (super.f)() | 4;
    }
}

contract SuperParentheses is B, C {
    event R(uint256 r);

    function f() public override(B, C) returns (uint256 r) {
        return ((super).f)() | 8;
    }

    function run() external payable {
        emit R(f());
    }
}
// ----
// success
// R("15")
