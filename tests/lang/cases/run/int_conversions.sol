// Narrowing and sign-changing integer conversions truncate (two's complement), from constants
// and from runtime values, across widths and signs.
pragma solidity ^0.8.20;

contract IntConversions {
    event U(uint256 v);
    event I(int256 v);
    event Flag(bool v);
    event Small(uint8 a, int8 b, uint16 c, int64 d, uint128 e);

    function id(uint256 x) internal pure returns (uint256) {
        return x;
    }

    function sid(int256 x) internal pure returns (int256) {
        return x;
    }

    function run() external payable {
        // from constants
        emit U(uint8(type(uint256).max));
        emit U(uint128(uint256(2 ** 130 + 5)));
        emit I(int64(int256(uint256(2 ** 63))));
        emit Flag(int8(int16(200)) < 0);
        emit U(uint8(int8(-57)));
        emit I(int8(int256(-129)));
        emit U(uint16(uint256(0x123456)));
        emit I(int16(int256(0x18000)));
        emit U(uint32(uint64(type(uint64).max)));
        emit I(int256(type(int8).min));
        emit U(uint256(uint8(type(uint8).max)));
        emit U(uint160(type(uint256).max));
        // from runtime values
        uint256 big = id(type(uint256).max);
        emit U(uint8(big));
        emit U(uint128(id(2 ** 130 + 5)));
        emit I(int64(int256(id(2 ** 63))));
        emit Flag(int8(int16(int256(sid(200)))) < 0);
        emit U(uint8(int8(sid(-57))));
        emit I(int8(sid(-129)));
        emit I(int16(sid(0x18000)));
        emit I(int24(sid(-8388609)));
        emit U(uint24(int24(sid(-1))));
        emit I(int128(int256(id(type(uint256).max - 5))));
        emit U(uint256(int256(sid(-1))));
        emit I(int256(uint256(id(type(uint256).max))));
        int8 m = int8(sid(-128));
        emit I(int256(m));
        emit U(uint256(uint8(m)));
        emit Small(uint8(big), int8(sid(-129)), uint16(id(70000)), int64(sid(-1)), uint128(big));
        // address <-> integer
        address a = address(uint160(id(type(uint256).max)));
        emit U(uint256(uint160(a)));
        emit U(uint64(uint160(a)));
        // implicit widening keeps the value
        uint8 u8 = uint8(id(250));
        uint256 w = u8;
        emit U(w);
        int8 i8 = int8(sid(-3));
        int256 iw = i8;
        emit I(iw);
        emit Flag(int16(i8) < int16(int8(sid(5))));
    }
}
// ----
// success
// U("255")
// U("5")
// I("-9223372036854775808")
// Flag(true)
// U("199")
// I("127")
// U("13398")
// I("-32768")
// U("4294967295")
// I("-128")
// U("255")
// U("1461501637330902918203684832716283019655932542975")
// U("255")
// U("5")
// I("-9223372036854775808")
// Flag(true)
// U("199")
// I("127")
// I("-32768")
// I("8388607")
// U("16777215")
// I("-6")
// U("115792089237316195423570985008687907853269984665640564039457584007913129639935")
// I("-1")
// I("-128")
// U("128")
// Small("255", "127", "4464", "-1", "340282366920938463463374607431768211455")
// U("1461501637330902918203684832716283019655932542975")
// U("18446744073709551615")
// U("250")
// I("-3")
// Flag(true)
