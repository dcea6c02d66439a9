// Named calldata return variables and calldata locals declared without a value: assigned on
// every path before any read (solc's flow check), they point into the call's data and return
// it as their own ABI encoding.
pragma solidity ^0.8.20;

contract CalldataNamedReturns {
    event B(bytes v);
    event S(string v);
    event U(uint256 v);

    struct Pair {
        uint256 a;
        bytes b;
    }

    function asBytes(string calldata s) external pure returns (bytes calldata m) {
        m = bytes(s);
    }

    function asString(bytes calldata c) external pure returns (string calldata s) {
        s = string(c);
    }

    function part(uint256[] calldata xs, bool first)
        external
        pure
        returns (uint256[] calldata r, uint256 n)
    {
        uint256[] calldata tmp;
        if (first) tmp = xs[:1];
        else tmp = xs[1:];
        r = tmp;
        n = r.length;
    }

    function pick(Pair[] calldata ps, uint256 i) external pure returns (Pair calldata p) {
        p = ps[i];
    }

    function run() external payable {
        emit B(this.asBytes("abc"));
        emit S(this.asString(hex"68656c6c6f"));
        uint256[] memory xs = new uint256[](3);
        xs[0] = 7;
        xs[1] = 8;
        xs[2] = 9;
        (uint256[] memory head, uint256 n) = this.part(xs, true);
        emit U(n);
        emit U(head[0]);
        (uint256[] memory tail, uint256 m) = this.part(xs, false);
        emit U(m);
        emit U(tail[0] + tail[1]);
        Pair[] memory ps = new Pair[](2);
        ps[1] = Pair(5, "five");
        Pair memory p = this.pick(ps, 1);
        emit U(p.a);
        emit B(p.b);
    }
}
// ----
// success
// B("0x616263")
// S("hello")
// U("1")
// U("7")
// U("2")
// U("17")
// U("5")
// B("0x66697665")
