// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// Tuple assignments with nested tuples on both sides, parenthesised targets and gaps at any
// depth: the values left to right, then the stores right to left, as solc does.
contract T {
    event U(uint256 u);
    uint256 s1;
    uint256[2] s2;

    function pair() internal pure returns (uint256, uint256) {
        return (1, 2);
    }

    function run() public payable {
        uint256 a;
        uint256 b;
        uint256 c;
        uint8 e;
        ((a, b), c) = ((5, 6), 7);
        emit U(a * 100 + b * 10 + c);
        ((a), b) = (7, 8);
        emit U(a * 10 + b);
        (a, (, c)) = (9, (10, 11));
        emit U(a * 100 + c);
        ((a, b), c) = (pair(), 7);
        emit U(a * 100 + b * 10 + c);
        (s1, (s2[1], , e)) = (uint8(4), ((5), s1, 6));
        emit U(s1 + s2[1] * 10 + uint256(e) * 100);
        // The same target twice: the leftmost store comes last.
        ((a, b), a) = ((1, 2), 3);
        emit U(a * 10 + b);
        (a, b) = (b, a);
        emit U(a * 10 + b);
    }
}
// ----
// success
// U("567")
// U("78")
// U("911")
// U("127")
// U("654")
// U("12")
// U("21")
