// A modifier applied twice (or more) gets its own parameters and locals in each application.
pragma solidity ^0.8.20;

contract ModifierTwice {
    event V(uint256 a, uint256 b);
    uint256 public a;

    modifier mod(uint256 x) {
        uint256 b = x;
        a += b;
        _;
        emit V(a, b);
        a -= b;
        assert(b == x);
    }

    function f(uint256 x) public mod(2) mod(5) mod(x) returns (uint256) {
        return a;
    }

    function run() external payable {
        emit V(f(3), a);
    }
}
// ----
// success
// V("10", "3")
// V("7", "5")
// V("2", "2")
// V("10", "0")
