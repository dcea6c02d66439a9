// Memory arrays of reference types through the ABI: abi.encode/abi.decode of struct,
// string and nested arrays, a multicall over `bytes[] calldata`, `P[] calldata` passed to an
// internal function, nested memory parameters, fixed arrays of structs and arrays of string
// arrays.
pragma solidity ^0.8.20;

contract MemoryRefArraysAbi {
    struct P { uint256 a; address b; }
    struct Q { string name; uint8[] tags; }
    event U(uint256 v);
    event S(string v);
    event Bs(bytes v);
    Q[] qs;
    uint256 public counter;
    function inc(uint256 by) external returns (uint256) { counter += by; return counter; }
    function multicall(bytes[] calldata data) external returns (bytes[] memory results) {
        results = new bytes[](data.length);
        for (uint256 i = 0; i < data.length; i++) {
            (bool ok, bytes memory r) = address(this).call(data[i]);
            require(ok);
            results[i] = r;
        }
    }
    function first(uint256[][] memory x) external pure returns (uint256) { return x[1][0] + x.length; }
    function inner(P[] calldata ps) internal pure returns (uint256) { return ps[ps.length - 1].a; }
    function viaInner(P[] calldata ps) external pure returns (uint256) { return inner(ps); }
    function run() external payable {
        P[] memory ps = new P[](2);
        ps[1] = P(5, address(7));
        string[] memory names = new string[](2);
        names[0] = "x";
        bytes memory enc = abi.encode(ps, names);
        (P[] memory ps2, string[] memory n2) = abi.decode(enc, (P[], string[]));
        emit U(ps2[1].a);
        emit S(n2[0]);
        emit U(enc.length);
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(this.inc, (3));
        calls[1] = abi.encodeWithSignature("inc(uint256)", 4);
        bytes[] memory res = this.multicall(calls);
        emit U(abi.decode(res[1], (uint256)));
        emit Bs(res[0]);
        uint256[][] memory g = new uint256[][](2);
        g[1] = new uint256[](1);
        g[1][0] = 10;
        emit U(this.first(g));
        emit U(this.viaInner(ps));
        bytes memory packed = abi.encode(g);
        uint256[][] memory g2 = abi.decode(packed, (uint256[][]));
        emit U(g2[1][0]);
        P[2] memory fixedPs;
        fixedPs[1].a = 9;
        emit U(fixedPs[1].a + fixedPs[0].a);
        string[][] memory deep = new string[][](1);
        deep[0] = new string[](2);
        deep[0][1] = "deep";
        emit S(deep[0][1]);
        emit U(keccak256(abi.encode(deep)) == keccak256(abi.encode(deep)) ? 1 : 0);
    }
}
// ----
// success
// U("5")
// S("x")
// U("416")
// U("7")
// Bs("0x0000000000000000000000000000000000000000000000000000000000000003")
// U("12")
// U("5")
// U("10")
// U("9")
// S("deep")
// U("1")
