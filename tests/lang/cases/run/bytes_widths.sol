// Every bytesN from bytes1 to bytes32: indexing (out of range is Panic 0x32), length,
// conversions to and from the same-width uintN, between widths (left-aligned: narrowing keeps
// the left bytes, widening pads on the right), shifts and bitwise operators keeping the width,
// comparisons, ABI encoding (left-aligned words) and storage.
pragma solidity ^0.8.20;

contract Probe {
    function echo3(bytes3 x) external pure returns (bytes3) {
        return x;
    }

    function pair(bytes7 a, bytes20 b) external pure returns (bytes20, bytes7) {
        return (b, a);
    }

    function at(bytes16 x, uint256 i) external pure returns (bytes1) {
        return x[i];
    }
}

contract BytesWidths {
    event B1(bytes1 v);
    event B2(bytes2 v);
    event B3(bytes3 v);
    event B7(bytes7 v);
    event B16(bytes16 v);
    event B20(bytes20 v);
    event B31(bytes31 v);
    event B32(bytes32 v);
    event U(uint256 v);
    event Flag(bool v);
    event Raw(bytes data);

    bytes2 public tag = 0xbeef;
    bytes16 public half;
    bytes31 public wide;

    function run() external payable {
        bytes3 b3 = 0xa1b2c3;
        emit B1(b3[0]);
        emit B1(b3[2]);
        emit U(b3.length);
        emit U(uint24(b3));
        emit B3(bytes3(uint24(0x010203)));
        emit B7(bytes7(b3));
        emit B2(bytes2(b3));
        emit B1(bytes1(b3));
        emit B32(bytes32(b3));
        emit B3(b3 << 4);
        emit B3(b3 >> 12);
        emit B3(~b3);
        emit B3(b3 & 0x0ff0f0);
        emit B3(b3 | 0x000f00);
        emit B3(b3 ^ 0xffffff);
        emit Flag(b3 > 0xa1b2c2);
        emit Flag(bytes1(0x01) < bytes2(0x0100));
        emit Flag(bytes2(0x0100) == bytes1(0x01));

        bytes20 b20 = bytes20(address(0x1234567890123456789012345678901234567890));
        emit B20(b20);
        emit U(uint160(b20));
        emit B16(bytes16(b20));
        emit B31(bytes31(b20));
        emit U(b20.length);

        bytes1 one = "a";
        emit B1(one);
        bytes7 s7 = "abc";
        emit B7(s7);
        emit B1(s7[1]);
        emit U(uint8(s7[6]));

        // storage keeps the width
        emit B2(tag);
        tag = bytes2(uint16(tag) + 1);
        emit B2(tag);
        half = bytes16(keccak256("half"));
        emit B16(half);
        wide = bytes31(half);
        emit B31(wide);
        emit B1(wide[15]);
        emit B1(wide[16]);

        // ABI: left-aligned words out and in
        emit Raw(abi.encode(b3, s7, b20));
        emit Raw(abi.encodePacked(b3, s7, one));
        (bytes3 d3, bytes7 d7) = abi.decode(abi.encode(b3, s7), (bytes3, bytes7));
        emit B3(d3);
        emit B7(d7);
        Probe p = new Probe();
        emit B3(p.echo3(b3));
        (bytes20 r20, bytes7 r7) = p.pair(s7, b20);
        emit B20(r20);
        emit B7(r7);
        emit B1(p.at(half, 15));
        try_index(p);
    }

    function try_index(Probe p) internal {
        (bool ok, bytes memory data) =
            address(p).call(abi.encodeCall(Probe.at, (half, 16)));
        emit Flag(ok);
        emit Raw(data);
        // a bytes3 argument whose low bytes are not zero fails ABI decoding
        (ok, data) = address(p).call(
            abi.encodeWithSelector(Probe.echo3.selector, uint256(type(uint256).max)));
        emit Flag(ok);
        emit Raw(data);
    }
}
// ----
// success
// B1("0xa1")
// B1("0xc3")
// U("3")
// U("10597059")
// B3("0x010203")
// B7("0xa1b2c300000000")
// B2("0xa1b2")
// B1("0xa1")
// B32("0xa1b2c30000000000000000000000000000000000000000000000000000000000")
// B3("0x1b2c30")
// B3("0x000a1b")
// B3("0x5e4d3c")
// B3("0x01b0c0")
// B3("0xa1bfc3")
// B3("0x5e4d3c")
// Flag(true)
// Flag(false)
// Flag(true)
// B20("0x1234567890123456789012345678901234567890")
// U("103929005307130220006098923584552504982110632080")
// B16("0x12345678901234567890123456789012")
// B31("0x12345678901234567890123456789012345678900000000000000000000000")
// U("20")
// B1("0x61")
// B7("0x61626300000000")
// B1("0x62")
// U("0")
// B2("0xbeef")
// B2("0xbef0")
// B16("0x71201fb5dacf2606b81f7baf7e786a76")
// B31("0x71201fb5dacf2606b81f7baf7e786a76000000000000000000000000000000")
// B1("0x76")
// B1("0x00")
// Raw("0xa1b2c3000000000000000000000000000000000000000000000000000000000061626300000000000000000000000000000000000000000000000000000000001234567890123456789012345678901234567890000000000000000000000000")
// Raw("0xa1b2c36162630000000061")
// B3("0xa1b2c3")
// B7("0x61626300000000")
// B3("0xa1b2c3")
// B20("0x1234567890123456789012345678901234567890")
// B7("0x61626300000000")
// B1("0x76")
// Flag(false)
// Raw("0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// Flag(false)
// Raw("0x")
