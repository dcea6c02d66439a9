// Tuple assignments as solc orders them: the right-hand side left to right, the targets'
// locations left to right, the stores right to left; storage-to-storage components are read
// through their references at the store, so a swap of two storage structs is not a swap.
pragma solidity ^0.8.20;
contract TupleAssignmentOrder {
    struct S {
        uint256 a;
        uint256 b;
    }
    event U(uint256 v);
    event Pair(uint256 a, uint256 b);
    uint256 x;
    uint256 y;
    uint256[] xs;
    S s1;
    S s2;

    function set(uint256 v) internal returns (uint256) {
        x = v;
        return v;
    }

    function pair() internal pure returns (uint256, uint256) {
        return (7, 8);
    }

    function run() external payable {
        (y, y, y) = (set(1), set(2), set(3));
        emit Pair(x, y);
        uint256 a = 1;
        uint256 b = 2;
        (a, b) = (b, a);
        emit Pair(a, b);
        (a, a) = pair();
        emit U(a);
        xs.push(10);
        xs.push(20);
        xs.push(30);
        uint256 i = 0;
        (xs[i], i) = (i + 5, 2);
        emit Pair(xs[0], i);
        (xs[0], xs[2]) = (xs[2], xs[0]);
        emit Pair(xs[0], xs[2]);
        s1 = S(1, 2);
        s2 = S(3, 4);
        (s1, s2) = (s2, s1);
        emit Pair(s1.a, s1.b);
        emit Pair(s2.a, s2.b);
        S memory m = S(5, 6);
        (s1, s2) = (m, s1);
        emit Pair(s1.a, s1.b);
        emit Pair(s2.a, s2.b);
    }
}
// ----
// success
// Pair("3", "1")
// Pair("2", "1")
// U("7")
// Pair("5", "2")
// Pair("30", "5")
// Pair("1", "2")
// Pair("1", "2")
// Pair("5", "6")
// Pair("1", "2")
