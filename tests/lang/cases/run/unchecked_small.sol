// Arithmetic on small integer types wraps to the type in `unchecked` and leaves no dirty high
// bits behind; signed division, modulo, shifts and comparisons use the signed value.
pragma solidity ^0.8.20;

contract UncheckedSmall {
    event U(uint256 v);
    event I(int256 v);
    event Flag(bool v);

    function u8(uint256 x) internal pure returns (uint8) {
        return uint8(x);
    }

    function i8(int256 x) internal pure returns (int8) {
        return int8(x);
    }

    function run() external payable {
        unchecked {
            uint8 a = u8(200);
            uint8 b = u8(100);
            emit U(uint256(a + b));
            emit U(uint256(b - a));
            emit U(uint256(a * b));
            emit U(uint256(a ** 3));
            emit U(uint256(uint8(a + b) / 2));
            emit Flag(a + b < a);
            uint8 c = a + b;
            emit U(c);
            emit U(uint256(~a));
            emit U(uint256(a << 1));
            emit U(uint256(a << 9));
            emit U(uint256(a >> 3));
            int8 x = i8(100);
            int8 y = i8(-100);
            emit I(int256(x + x));
            emit I(int256(y - x));
            emit I(int256(x * 3));
            emit I(int256(i8(-128) / i8(-1)));
            emit I(int256(-i8(-128)));
            emit I(int256(i8(3) ** 5));
            emit I(int256(i8(-3) ** 5));
            emit Flag(x + x < 0);
            uint16 big = 65535;
            big++;
            emit U(big);
            int16 m = type(int16).max;
            m += 1;
            emit I(m);
            uint32 q = type(uint32).max;
            q *= q;
            emit U(q);
            emit U(uint256(2) ** 256);
            emit U(uint256(3) ** 200);
            emit I(int256(-3) ** 3);
        }
        int8 n = i8(-7);
        emit I(int256(n / 2));
        emit I(int256(n % 3));
        emit I(int256(n >> 1));
        emit I(int256(n >> 10));
        emit I(int256(i8(7) % i8(-3)));
        emit I(int256(n << 2));
        emit I(int256(n << 5));
        emit Flag(n < i8(1));
        emit Flag(n >= i8(-7));
        emit Flag(i8(-1) > i8(-2));
        emit I(type(int8).min);
        emit I(type(int256).min / 1);
        emit I(int256(-5) % 3);
        emit I(int256(-5) / 3);
        emit U(type(uint256).max % 7);
        emit U(uint256(7) >> 300);
        emit U(uint256(1) << 255);
        emit I(int256(-1) >> 256);
        emit I(-7 >> 1);
        emit U(uint8(255) >> 4);
    }
}
// ----
// success
// U("44")
// U("156")
// U("32")
// U("0")
// U("22")
// Flag(true)
// U("44")
// U("55")
// U("144")
// U("0")
// U("25")
// I("-56")
// I("56")
// I("44")
// I("-128")
// I("-128")
// I("-13")
// I("13")
// Flag(true)
// U("0")
// I("-32768")
// U("1")
// U("0")
// U("87795648507191311727083257018345013676806519597779187230292693766092659142817")
// I("-27")
// I("-3")
// I("-1")
// I("-4")
// I("-1")
// I("1")
// I("-28")
// I("32")
// Flag(true)
// Flag(true)
// Flag(true)
// I("-128")
// I("-57896044618658097711785492504343953926634992332820282019728792003956564819968")
// I("-2")
// I("-1")
// U("1")
// U("0")
// U("57896044618658097711785492504343953926634992332820282019728792003956564819968")
// I("-1")
// I("-4")
// U("15")
