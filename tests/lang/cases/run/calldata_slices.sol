// Slices of calldata arrays, `bytes`, `string` and msg.data (`x[a:b]`, `x[a:]`, `x[:b]`,
// `x[:]`): indexing, `length` once assigned to a calldata variable, slices of slices, `bytesN(slice)`, `abi.decode` of a slice,
// keccak256/abi.encode/abi.encodePacked of a slice, passing a slice to internal functions taking
// calldata or memory and to external calls, copying it to memory and storage; `start > end` or
// `end > length` revert without data, an index past the slice's end is Panic 0x32.
pragma solidity ^0.8.20;

contract Slices {
    event U(uint256 v);
    event A(address v);
    event B(bytes v);
    event B4(bytes4 v);
    event B8(bytes8 v);
    event H(bytes32 v);
    event S(string v);
    event Us(uint256[] v);

    bytes public kept;
    uint256[] public stored;

    function sum(uint256[] calldata xs) internal pure returns (uint256 acc) {
        for (uint256 i = 0; i < xs.length; i++) acc += xs[i];
    }

    function head(bytes calldata b) internal pure returns (bytes1) {
        return b[0];
    }

    function copy(bytes memory b) internal pure returns (bytes memory) {
        return b;
    }

    function range(uint256[] calldata xs, uint256 s, uint256 e) external returns (uint256) {
        uint256[] calldata part = xs[s:e];
        emit U(part.length);
        emit U(sum(part));
        emit U(sum(xs[s:][:e - s]));
        emit Us(part);
        uint256[] memory m = xs[s:e];
        m[0] = 7;
        emit U(xs[s]);
        stored = xs[:e];
        return xs[s:e][1];
    }

    function bytes_ops(bytes calldata b, uint256 s, uint256 e) external returns (bytes memory) {
        emit B(b[s:e]);
        emit B(b[s:]);
        emit B(b[:e]);
        emit B(b[:]);
        bytes calldata part = b[s:e];
        emit U(part.length);
        emit B4(bytes4(b[s:e]));
        emit B8(bytes8(b[s:]));
        emit H(keccak256(b[s:e]));
        emit B(abi.encode(b[s:e]));
        emit B(abi.encodePacked(b[s:e], b[:1]));
        bytes1 first = head(b[s + 1:]);
        emit B4(first);
        bytes memory m = b[s:e];
        m[0] = 0xff;
        emit B(m);
        emit B(copy(b[e:]));
        kept = b[s:e];
        emit B(kept);
        return b[s:e][1:];
    }

    function text(string calldata str, uint256 s) external pure returns (string memory) {
        return str[s:];
    }

    function cast(string calldata str, uint256 e) external pure returns (string memory, uint256) {
        bytes calldata raw = bytes(str[:e]); // a conversion of calldata stays in calldata
        return (string(raw), raw.length);
    }

    function decode(bytes calldata data) external pure returns (uint256, address) {
        return abi.decode(data[4:], (uint256, address));
    }

    function forward(uint256 a, address b) external returns (bytes4, uint256) {
        emit B4(bytes4(msg.data[:4]));
        emit B4(msg.sig);
        emit U(msg.data.length);
        (uint256 x, address y) = this.decode(msg.data);
        emit U(x);
        emit A(y);
        emit B(msg.data[4:36]);
        emit B(this.echo(msg.data[4:]));
        (bool ok, bytes memory ret) =
            address(this).call(abi.encodePacked(this.sink.selector, msg.data[4:]));
        emit U(ok ? 1 : 0);
        emit B(ret);
        return (bytes4(msg.data), a + uint160(b));
    }

    function echo(bytes calldata b) external pure returns (bytes calldata) {
        return b;
    }

    function sink(uint256 a, address b) external pure returns (uint256) {
        return a * 2 + uint160(b);
    }

    function outcome(bytes memory call) internal {
        (bool ok, bytes memory ret) = address(this).call(call);
        emit U(ok ? 1 : 0);
        emit B(ret);
    }

    function run() external payable {
        uint256[] memory xs = new uint256[](5);
        for (uint256 i = 0; i < 5; i++) xs[i] = 10 + i;
        emit U(this.range(xs, 1, 4));
        emit U(stored.length);
        emit U(stored[3]);
        emit B(this.bytes_ops(hex"00112233445566778899aabbccddeeff", 2, 11));
        emit B(this.bytes_ops(hex"0011", 0, 2));
        emit S(this.text("hello, world", 7));
        (string memory prefix, uint256 n) = this.cast("hello", 3);
        emit S(prefix);
        emit U(n);
        (uint256 v, bytes4 sel) = (0, 0);
        (sel, v) = this.forward(42, address(0xbeef));
        emit B4(sel);
        emit U(v);
        outcome(abi.encodeCall(this.range, (xs, 3, 2))); // start > end
        outcome(abi.encodeCall(this.range, (xs, 1, 6))); // end > length
        outcome(abi.encodeCall(this.range, (xs, 4, 4))); // empty slice: [1] is out of range
        outcome(abi.encodeCall(this.bytes_ops, (hex"0011", 3, 2)));
        outcome(abi.encodeCall(this.text, ("abc", 4)));
        outcome(abi.encodeCall(this.decode, (hex"01020304")));
        emit S(this.text("abc", 3));
    }
}
// ----
// success
// U("3")
// U("36")
// U("36")
// Us(["11","12","13"])
// U("11")
// U("12")
// U("4")
// U("13")
// B("0x2233445566778899aa")
// B("0x2233445566778899aabbccddeeff")
// B("0x00112233445566778899aa")
// B("0x00112233445566778899aabbccddeeff")
// U("9")
// B4("0x22334455")
// B8("0x2233445566778899")
// H("0x0df12fbc656e82091aba5116b81733078b86e5667aa1cc47991b7e9bade0f2ed")
// B("0x000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000092233445566778899aa0000000000000000000000000000000000000000000000")
// B("0x2233445566778899aa00")
// B4("0x33000000")
// B("0xff33445566778899aa")
// B("0xbbccddeeff")
// B("0x2233445566778899aa")
// B("0x33445566778899aa")
// B("0x0011")
// B("0x0011")
// B("0x0011")
// B("0x0011")
// U("2")
// B4("0x00110000")
// B8("0x0011000000000000")
// H("0xd5842eca58c06f1e59ec13dffa2151bec7fef478f0d491c263918c21fb38241e")
// B("0x000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000020011000000000000000000000000000000000000000000000000000000000000")
// B("0x001100")
// B4("0x11000000")
// B("0xff11")
// B("0x")
// B("0x0011")
// B("0x11")
// S("world")
// S("hel")
// U("3")
// B4("0xe6d4269d")
// B4("0xe6d4269d")
// U("68")
// U("42")
// A("0x000000000000000000000000000000000000beef")
// B("0x000000000000000000000000000000000000000000000000000000000000002a")
// B("0x000000000000000000000000000000000000000000000000000000000000002a000000000000000000000000000000000000000000000000000000000000beef")
// U("1")
// B("0x000000000000000000000000000000000000000000000000000000000000bf43")
// B4("0xe6d4269d")
// U("48921")
// U("0")
// B("0x")
// U("0")
// B("0x")
// U("0")
// B("0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// U("0")
// B("0x")
// U("0")
// B("0x")
// U("0")
// B("0x")
// S("")
