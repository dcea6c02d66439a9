pragma solidity ^0.8.20;
contract Ops {
    function f(uint256 a, int256 b, bool c) public pure returns (uint256, int256, bool) {
        uint256 r = a ** 2 + (a << 3) + ~a + (a % 7) - (a & 0xff) + (a | 1) + (a ^ 2);
        int256 s = -b * 2 + b / 3;
        bool t = !c && (a > 1 || b < -1) && a != 0 && b >= 0;
        r += 1;
        r <<= 2;
        s -= 1;
        r++;
        --s;
        return (r, s, t ? true : false);
    }
}
// ----
