// `new bytes(n)` and `new string(n)`: zeroed memory of n bytes, writable by index, usable as
// a buffer (a hex encoder, as real contracts write it).
pragma solidity ^0.8.20;
contract NewBytesString {
    event B(bytes v);
    event S(string v);
    event U(uint256 v);
    function toHex(uint256 value, uint256 length) internal pure returns (string memory) {
        bytes memory digits = "0123456789abcdef";
        bytes memory buffer = new bytes(2 * length + 2);
        buffer[0] = "0";
        buffer[1] = "x";
        for (uint256 i = 2 * length + 1; i > 1; --i) {
            buffer[i] = digits[value & 0xf];
            value >>= 4;
        }
        return string(buffer);
    }

    function run() external payable {
        bytes memory empty = new bytes(0);
        emit U(empty.length);
        bytes memory b = new bytes(33);
        emit U(b.length);
        emit B(b);
        b[0] = 0x61;
        b[32] = 0x7a;
        emit B(b);
        string memory s = new string(3);
        emit U(bytes(s).length);
        emit S(s);
        emit S(toHex(0xbeef, 4));
        uint256 n = 5;
        bytes memory m = new bytes(n * 2);
        bytes memory letters = "ABCDEFGHIJ";
        for (uint256 i = 0; i < m.length; i++) m[i] = letters[i];
        emit B(m);
    }
}
// ----
// success
// U("0")
// U("33")
// B("0x000000000000000000000000000000000000000000000000000000000000000000")
// B("0x61000000000000000000000000000000000000000000000000000000000000007a")
// U("3")
// S("\u0000\u0000\u0000")
// S("0x0000beef")
// B("0x4142434445464748494a")
