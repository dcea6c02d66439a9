// Shifts by constant and runtime amounts (past the width too), SAR on small signed types,
// compound shifts, bitwise operators on signed and unsigned small types and on bytesN.
pragma solidity ^0.8.20;
contract ShiftsBitwise {
    event U(uint256 v);
    event I(int256 v);
    event B4(bytes4 v);
    event B32(bytes32 v);
    function u(uint256 x) internal pure returns (uint256) { return x; }
    function run() external payable {
        int16 a = int16(int256(u(5)) * -1);
        emit I(a >> 1);
        emit I(a >> u(20));
        emit I(a << 14);
        emit I(a << u(300));
        uint16 b = uint16(u(0xfff1));
        emit U(b << 4);
        emit U(b >> 4);
        emit U(b >> u(16));
        emit U(u(1) << u(256));
        int256 m = type(int256).min;
        emit I(m >> 255);
        emit I(m >> 1);
        emit I(int256(-1) << 255);
        bytes4 t = 0xabcdef12;
        emit B4(t << u(32));
        emit B4(t >> u(3));
        emit B4(t << u(3));
        bytes32 w = bytes32(uint256(u(1)));
        emit B32(w << 255);
        emit B32(w >> 1);
        emit B32(~w);
        emit U(uint8(u(200)) ** 1);
        emit I(int8(int256(u(2))) ** 6);
        emit I((-2) ** 7);
        emit I(int8(-128) / int8(int256(u(2))));
        emit I(int32(int256(u(7))) % -3);
        emit I(-int32(int256(u(7))) % 3);
        uint8 c = uint8(u(7));
        c <<= 5;
        emit U(c);
        c >>= 1;
        emit U(c);
        int8 d = int8(int256(u(3))) - 100;
        d >>= 2;
        emit I(d);
        d <<= 3;
        emit I(d);
        unchecked { d *= 5; emit I(d); d -= 100; emit I(d); }
        emit U(uint256(~uint8(u(1))));
        emit I(int256(~int8(int256(u(1)))));
        emit U(uint8(u(0xf0)) | uint8(u(0x0f)));
        emit U(uint8(u(0xf0)) ^ uint8(u(0xff)));
        emit I(int8(-16) & int8(int256(u(0x7f))));
        emit I(int8(-16) | int8(int256(u(1))));
        emit I(int8(-16) ^ int8(int256(u(0x7f))));
    }
}
// ----
// success
// I("-3")
// I("-1")
// I("-16384")
// I("0")
// U("65296")
// U("4095")
// U("0")
// U("0")
// I("-1")
// I("-28948022309329048855892746252171976963317496166410141009864396001978282409984")
// I("-57896044618658097711785492504343953926634992332820282019728792003956564819968")
// B4("0x00000000")
// B4("0x1579bde2")
// B4("0x5e6f7890")
// B32("0x8000000000000000000000000000000000000000000000000000000000000000")
// B32("0x0000000000000000000000000000000000000000000000000000000000000000")
// B32("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")
// U("200")
// I("64")
// I("-128")
// I("-64")
// I("1")
// I("-1")
// U("224")
// U("112")
// I("-25")
// I("56")
// I("24")
// I("-76")
// U("254")
// I("-2")
// U("255")
// U("15")
// I("112")
// I("-15")
// I("-113")
