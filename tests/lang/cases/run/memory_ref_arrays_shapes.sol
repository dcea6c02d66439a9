// More shapes of memory arrays of reference types: arrays of fixed arrays of strings and of
// words (memory, calldata, storage copies, abi.decode), a struct element returned from a
// calldata array, `delete` of a memory array, and solc's decoder validation of malformed
// offsets and lengths.
pragma solidity ^0.8.20;

contract MemoryRefArrayShapes {
    struct P { uint256 a; string s; }
    event U(uint256 v);
    event S(string v);
    P[] ps;
    string[2][] fixedNames;
    function fx(string[2][] memory x) external pure returns (string memory) { return x[1][1]; }
    function fy(uint256[2][] calldata x) external pure returns (uint256) { return x[1][1]; }
    function fz(P[] calldata x) external pure returns (P memory) { return x[1]; }
    function fw(bytes[] calldata x) external pure returns (bytes memory) { return x[1]; }
    function run() external payable {
        string[2][] memory a = new string[2][](2);
        a[1][1] = "hi";
        emit S(this.fx(a));
        uint256[2][] memory b = new uint256[2][](2);
        b[1][1] = 6;
        emit U(this.fy(b));
        P[] memory c = new P[](2);
        c[1].s = "yo";
        c[1].a = 3;
        P memory got = this.fz(c);
        emit S(got.s);
        emit U(got.a);
        bytes[] memory d = new bytes[](2);
        d[1] = hex"0102";
        emit U(this.fw(d).length);
        ps.push(c[1]);
        emit S(ps[0].s);
        fixedNames.push(a[1]);
        emit S(fixedNames[0][1]);
        string[2][] memory e = fixedNames;
        emit S(e[0][1]);
        delete c;
        emit U(c.length);
        P[] memory f = c;
        emit U(f.length);
        bytes memory enc = abi.encode(b, a);
        (uint256[2][] memory b2, string[2][] memory a2) = abi.decode(enc, (uint256[2][], string[2][]));
        emit U(b2[1][1]);
        emit S(a2[1][1]);
        (bool ok, ) = address(this).call(abi.encodeWithSignature("fw(bytes[])", d));
        emit U(ok ? 1 : 0);
        (ok, ) = address(this).call(hex"aabbccdd");
        emit U(ok ? 1 : 0);
        // solc's decoder validation: element offsets and lengths past the end of calldata
        (ok, ) = address(this).call(abi.encodePacked(this.fw.selector, uint256(32), uint256(1), uint256(0x1000)));
        emit U(ok ? 1 : 0);
        (ok, ) = address(this).call(abi.encodePacked(this.fw.selector, uint256(32), uint256(1), uint256(32), uint256(64)));
        emit U(ok ? 1 : 0);
        (ok, ) = address(this).call(abi.encodePacked(this.fw.selector, uint256(32), uint256(2), uint256(64), uint256(64), uint256(0)));
        emit U(ok ? 1 : 0);
        (ok, ) = address(this).call(abi.encodePacked(this.fz.selector, uint256(32), uint256(2), uint256(64), uint256(64), uint256(5), uint256(64), uint256(1)));
        emit U(ok ? 1 : 0);
        (ok, ) = address(this).call(abi.encodePacked(this.fy.selector, uint256(32), uint256(2), uint256(1), uint256(2), uint256(3)));
        emit U(ok ? 1 : 0);
    }
    fallback() external {}
}
// ----
// success
// S("hi")
// U("6")
// S("yo")
// U("3")
// U("2")
// S("yo")
// S("hi")
// S("hi")
// U("0")
// U("0")
// U("6")
// S("hi")
// U("1")
// U("1")
// U("0")
// U("0")
// U("1")
// U("0")
// U("0")
