// Revert data of custom errors with small-typed arguments, require and assert; value calls,
// receive, modifiers around internal calls, evaluation order of ++, packed encodings.
pragma solidity ^0.8.20;

contract Callee {
    error Bad(uint8 code, int16 delta, bytes4 tag);
    uint256 public n;
    function fail(uint8 c) external pure { revert Bad(c, -3, 0xcafebabe); }
    function req(uint256 x) external pure returns (uint256) { require(x > 2, "too small"); return x; }
    function asrt(uint256 x) external pure returns (uint256) { assert(x != 1); return x; }
    function pay() external payable returns (uint256) { return msg.value; }
    receive() external payable { n += 1; }
}

contract Misc {
    event E(uint256 indexed a, bool b, string s);
    event Data(bool ok, bytes data);
    event U(uint256 v);
    event A(address a);
    modifier tagged(uint256 k) { emit U(k); _; emit U(k + 1); }

    function inner(uint256 x) internal tagged(x) returns (uint256) { return x * 2; }

    function run() external payable tagged(100) {
        Callee c = new Callee();
        emit E(1, true, "hello");
        bool ok; bytes memory d;
        (ok, d) = address(c).call(abi.encodeCall(c.fail, (7)));
        emit Data(ok, d);
        (ok, d) = address(c).call(abi.encodeCall(c.req, (1)));
        emit Data(ok, d);
        (ok, d) = address(c).call(abi.encodeCall(c.asrt, (1)));
        emit Data(ok, d);
        (ok, d) = address(c).call{value: 5}(abi.encodeCall(c.pay, ()));
        emit Data(ok, d);
        (ok, d) = address(c).call{value: 3}("");
        emit Data(ok, d);
        emit U(c.n());
        emit U(address(c).balance);
        emit U(inner(3));
        emit U(msg.value);
        uint256 x = 10;
        x = x++ + ++x;
        emit U(x);
        uint256[] memory arr = new uint256[](3);
        for (uint256 i = 0; i < arr.length; i++) { if (i == 1) continue; arr[i] = i + 1; }
        emit U(arr[0] + arr[1] * 10 + arr[2] * 100);
        emit U(keccak256(abi.encodePacked("a", uint8(1), int8(-1))) == keccak256(hex"6101ff") ? 1 : 0);
        emit U(uint256(sha256(abi.encodePacked(uint16(513)))));
        emit A(address(uint160(uint256(keccak256("z")))));
    }
}
// ----
// success
// U("100")
// E("1", true, "hello")
// Data(false, "0x35b804440000000000000000000000000000000000000000000000000000000000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdcafebabe00000000000000000000000000000000000000000000000000000000")
// Data(false, "0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000009746f6f20736d616c6c0000000000000000000000000000000000000000000000")
// Data(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000001")
// Data(true, "0x0000000000000000000000000000000000000000000000000000000000000005")
// Data(true, "0x")
// U("1")
// U("8")
// U("3")
// U("4")
// U("6")
// U("10000000000000000000")
// U("22")
// U("301")
// U("1")
// U("17131035866498858431256477057707904204956020817456185383129974919648822694560")
// A("0xdc50c37cf3c854c422d2645b1101662741fbaa88")
// U("101")
