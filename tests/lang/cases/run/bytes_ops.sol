// bytesN values are left-aligned and keep no bits beyond their width: shifts, bitwise
// operators, conversions between widths and to and from integers, indexing, selectors.
pragma solidity ^0.8.20;

interface I {
    function f(uint256 x) external returns (bool);
}

contract BytesOps {
    event B32(bytes32 v);
    event B4(bytes4 v);
    event U(uint256 v);
    event Flag(bool v);

    function b4_of(bytes4 x) internal pure returns (bytes4) {
        return x;
    }

    function run() external payable {
        bytes4 b4 = 0x12345678;
        emit B32(bytes32(b4 >> 4));
        emit B32(bytes32(b4 << 4));
        emit B32(bytes32(b4 << 8));
        emit B4(b4 >> 4);
        emit B4(b4 << 4);
        bytes4 c = b4_of(0xf0f0f0f0);
        emit B32(bytes32(~c));
        emit B4(~c);
        emit B32(bytes32(c ^ b4));
        emit B32(bytes32(c & b4));
        emit B32(bytes32(c | b4));
        emit B32(bytes32(b4_of(0x80000001) << 1));
        emit B32(bytes32(b4_of(0x80000001) >> 31));
        bytes4 s = b4;
        s <<= 12;
        emit B4(s);
        s >>= 4;
        emit B4(s);
        // selectors are bytes4: left-aligned in a wider bytesN
        emit B32(bytes32(I.f.selector));
        emit B32(bytes32(this.run.selector));
        emit B4(I.f.selector);
        emit U(uint32(I.f.selector));
        bytes4 sel = I.f.selector;
        emit B32(bytes32(sel));
        // width conversions: widen pads right, narrow keeps the left bytes
        emit B4(bytes4(bytes32(uint256(type(uint256).max))));
        emit B4(bytes4(bytes32(uint256(0x1122334455))));
        emit B4(bytes4(keccak256("x")));
        bytes32 full = keccak256("y");
        emit B4(bytes4(full));
        emit B32(bytes32(bytes4(full)));
        // integers <-> bytes of the same size
        emit U(uint32(b4));
        emit B4(bytes4(uint32(0xdeadbeef)));
        emit B32(bytes32(bytes4(uint32(0xdeadbeef))));
        emit U(uint256(bytes32(b4)));
        emit U(uint256(full) >> 224 == uint32(bytes4(full)) ? 1 : 0);
        // comparisons are on the left-aligned value
        emit Flag(bytes4(0x12340000) < bytes4(0x13000000));
        emit Flag(bytes32(bytes4(0x12340000)) > bytes32(uint256(0x12)));
        emit Flag(b4 == 0x12345678);
        // a constant bytesN
        emit B32(bytes32(K));
        emit B4(K >> 8);
    }

    bytes4 constant K = 0xcafe0001;
}
// ----
// success
// B32("0x0123456700000000000000000000000000000000000000000000000000000000")
// B32("0x2345678000000000000000000000000000000000000000000000000000000000")
// B32("0x3456780000000000000000000000000000000000000000000000000000000000")
// B4("0x01234567")
// B4("0x23456780")
// B32("0x0f0f0f0f00000000000000000000000000000000000000000000000000000000")
// B4("0x0f0f0f0f")
// B32("0xe2c4a68800000000000000000000000000000000000000000000000000000000")
// B32("0x1030507000000000000000000000000000000000000000000000000000000000")
// B32("0xf2f4f6f800000000000000000000000000000000000000000000000000000000")
// B32("0x0000000200000000000000000000000000000000000000000000000000000000")
// B32("0x0000000100000000000000000000000000000000000000000000000000000000")
// B4("0x45678000")
// B4("0x04567800")
// B32("0xb3de648b00000000000000000000000000000000000000000000000000000000")
// B32("0xc040622600000000000000000000000000000000000000000000000000000000")
// B4("0xb3de648b")
// U("3017696395")
// B32("0xb3de648b00000000000000000000000000000000000000000000000000000000")
// B4("0xffffffff")
// B4("0x00000000")
// B4("0x7521d1ca")
// B4("0x83847cf3")
// B32("0x83847cf300000000000000000000000000000000000000000000000000000000")
// U("305419896")
// B4("0xdeadbeef")
// B32("0xdeadbeef00000000000000000000000000000000000000000000000000000000")
// U("8234104107246695022420661102507966550300666591269321702959126607540084801536")
// U("1")
// Flag(true)
// Flag(true)
// Flag(true)
// B32("0xcafe000100000000000000000000000000000000000000000000000000000000")
// B4("0x00cafe00")
