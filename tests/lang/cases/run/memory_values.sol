// Memory arrays and structs of small types, value semantics of copies, string and hex literals
// as bytesN, conditional expressions mixing widths, delete and tuple assignment.
pragma solidity ^0.8.20;

contract MemoryValues {
    struct S {
        uint8 a;
        int16 b;
        bytes4 c;
        uint256[] list;
    }

    event U(uint256 v);
    event I(int256 v);
    event B32(bytes32 v);
    event B4(bytes4 v);
    event Flag(bool v);

    S kept;

    function id(uint256 x) internal pure returns (uint256) {
        return x;
    }

    function run() external payable {
        uint8[] memory small = new uint8[](3);
        small[0] = 250;
        unchecked {
            small[1] = small[0] + 10;
        }
        small[2] = uint8(id(513));
        emit U(small[0]);
        emit U(small[1]);
        emit U(small[2]);
        int16[4] memory fixedArr;
        fixedArr[3] = -300;
        emit I(fixedArr[3]);
        emit I(fixedArr[0]);

        S memory s = S(7, -2, 0x0a0b0c0d, new uint256[](2));
        s.list[1] = 11;
        S memory alias_ = s;
        alias_.a = 8;
        emit U(s.a);
        kept = s;
        s.b = 5;
        emit I(kept.b);
        emit U(kept.list[1]);
        emit B4(kept.c);
        S memory back = kept;
        back.list[0] = 3;
        emit U(kept.list[0]);

        bytes32 text = "hello";
        emit B32(text);
        bytes4 hx = hex"beef0102";
        emit B4(hx);
        emit B32(bytes32(hx));

        uint256 big = id(1000);
        uint8 tiny = uint8(id(3));
        uint256 pick = big > 10 ? tiny : big;
        emit U(pick);
        int256 neg = big > 10 ? int8(-1) : int8(1);
        emit I(neg);

        uint256 x = 1;
        uint256 y = 2;
        (x, y) = (y, x);
        emit U(x * 10 + y);
        delete small;
        emit U(small.length);
        delete kept;
        emit U(kept.list.length);
        emit I(kept.b);

        uint256 n = 0;
        do {
            n += 3;
        } while (n < 10);
        emit U(n);
        emit Flag(type(uint8).max == 255 && type(int16).min == -32768);
        emit U(type(uint40).max);
        emit I(type(int72).min);
    }
}
// ----
// success
// U("250")
// U("4")
// U("1")
// I("-300")
// I("0")
// U("8")
// I("-2")
// U("11")
// B4("0x0a0b0c0d")
// U("0")
// B32("0x68656c6c6f000000000000000000000000000000000000000000000000000000")
// B4("0xbeef0102")
// B32("0xbeef010200000000000000000000000000000000000000000000000000000000")
// U("3")
// I("-1")
// U("21")
// U("0")
// U("0")
// I("0")
// U("12")
// Flag(true)
// U("1099511627775")
// I("-2361183241434822606848")
