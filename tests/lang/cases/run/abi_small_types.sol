// Small integers, signed values and bytesN through abi.encode, abi.encodePacked, keccak256,
// abi.decode, indexed event topics, mapping keys and external calls.
pragma solidity ^0.8.20;

contract Peer {
    function echo(int8 a, uint16 b, bytes4 c) external pure returns (int8, uint16, bytes4) {
        return (a, b, c);
    }

    function widen(int8 a) external pure returns (int256) {
        return a;
    }
}

contract AbiSmallTypes {
    event Packed(bytes v);
    event Hash(bytes32 v);
    event Indexed(int8 indexed a, bytes4 indexed b, uint16 indexed c);
    event Pair(int8 a, bytes4 b);
    event I(int256 v);
    event U(uint256 v);

    mapping(int8 => uint256) byInt;
    mapping(bytes4 => uint256) byBytes;

    function i8(int256 x) internal pure returns (int8) {
        return int8(x);
    }

    function run() external payable {
        int8 a = i8(-2);
        uint16 b = uint16(uint256(0x1234));
        bytes4 c = bytes4(0xabcdef01);
        emit Packed(abi.encodePacked(a, b, c));
        emit Packed(abi.encode(a, b, c));
        emit Packed(abi.encodePacked(bytes4(c), uint8(7), int16(-1)));
        emit Hash(keccak256(abi.encodePacked(a, c)));
        emit Hash(keccak256(abi.encode(a)));
        emit Indexed(a, bytes4(c), b);
        (int8 x, bytes4 y) = abi.decode(abi.encode(a, c), (int8, bytes4));
        emit Pair(x, y);
        byInt[a] = 5;
        byInt[i8(254)] += 1;
        emit U(byInt[-2]);
        byBytes[bytes4(c)] = 9;
        emit U(byBytes[0xabcdef01]);
        Peer p = new Peer();
        (int8 ra, uint16 rb, bytes4 rc) = p.echo(a, b, c);
        emit I(ra);
        emit U(rb);
        emit Pair(ra, rc);
        emit I(p.widen(i8(-128)));
        emit Packed(abi.encodeWithSelector(Peer.echo.selector, a, b, c));
        emit Packed(abi.encodeCall(Peer.widen, (a)));
        emit Packed(msg.data);
        emit Hash(bytes32(msg.sig));
    }
}
// ----
// success
// Packed("0xfe1234abcdef01")
// Packed("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0000000000000000000000000000000000000000000000000000000000001234abcdef0100000000000000000000000000000000000000000000000000000000")
// Packed("0xabcdef0107ffff")
// Hash("0x41fd57cbf0a8e6cee34e412b82a0ebf5077c49e45a8a07ea6764371e3f81bb63")
// Hash("0x853fb273295639adc47b0d8f5430e5e9437bff0f2bcee50bd2a1a88e04e77255")
// Indexed("-2", "0xabcdef01", "4660")
// Pair("-2", "0xabcdef01")
// U("6")
// U("9")
// I("-2")
// U("4660")
// Pair("-2", "0xabcdef01")
// I("-128")
// Packed("0xbd5f60e5fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0000000000000000000000000000000000000000000000000000000000001234abcdef0100000000000000000000000000000000000000000000000000000000")
// Packed("0xaf1b8fc5fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")
// Packed("0xc0406226")
// Hash("0xc040622600000000000000000000000000000000000000000000000000000000")
