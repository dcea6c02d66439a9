// An override list may name every base that defines the function, including the root.
pragma solidity ^0.8.20;

contract A {
    event Who(string name, uint256 depth);

    function f() public virtual returns (uint256) {
        emit Who("A", 0);
        return 1;
    }
}

contract B is A {
    function f() public virtual override returns (uint256) {
        emit Who("B", 1);
        return super.f() + 10;
    }
}

contract C is A {
    function f() public virtual override returns (uint256) {
        emit Who("C", 1);
        return super.f() + 100;
    }
}

contract D is A, B, C {
    event Total(uint256 v);

    function f() public override(A, B, C) returns (uint256) {
        emit Who("D", 2);
        return super.f() + 1000;
    }

    function run() external payable {
        emit Total(f());
    }
}
// ----
// success
// Who("D", "2")
// Who("C", "1")
// Who("B", "1")
// Who("A", "0")
// Total("1111")
