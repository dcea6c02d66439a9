// int256 and uint256 edges: signed division and modulo rounding, MIN / -1 and MIN % -1, negation
// and multiplication overflow, exponentiation with a negative base, wrap-around when unchecked.
pragma solidity ^0.8.20;
contract WordEdges {
    event I(int256 v);
    event U(uint256 v);
    event Probe(bool ok, bytes data);
    function s(int256 x) internal pure returns (int256) { return x; }
    function divMin() external pure returns (int256) { return s(type(int256).min) / -1; }
    function modMin() external pure returns (int256) { return s(type(int256).min) % -1; }
    function uncheckedDivMin() external pure returns (int256) { unchecked { return s(type(int256).min) / s(-1); } }
    function negMin() external pure returns (int256) { return -s(type(int256).min); }
    function mulNeg() external pure returns (int256) { return s(type(int256).min) * s(-1); }
    function mulOk() external pure returns (int256) { return s(type(int256).max) * s(-1); }
    function expBig() external pure returns (uint256) { return uint256(2) ** uint256(s(256)); }
    function expNeg() external pure returns (int256) { return s(-2) ** 255; }
    function expNeg2() external pure returns (int256) { return s(-2) ** 256; }
    function subU() external pure returns (uint256) { return uint256(s(3)) - 4; }
    function probe(bytes memory c) internal { (bool ok, bytes memory d) = address(this).call(c); emit Probe(ok, d); }
    function run() external payable {
        emit I(s(-7) / 2);
        emit I(s(-7) % 2);
        emit I(s(7) % -2);
        emit I(s(-7) / -2);
        emit I(s(type(int256).min) / 2);
        emit I(s(type(int256).min) % 3);
        probe(abi.encodeCall(this.divMin, ()));
        probe(abi.encodeCall(this.modMin, ()));
        probe(abi.encodeCall(this.uncheckedDivMin, ()));
        probe(abi.encodeCall(this.negMin, ()));
        probe(abi.encodeCall(this.mulNeg, ()));
        probe(abi.encodeCall(this.mulOk, ()));
        probe(abi.encodeCall(this.expBig, ()));
        probe(abi.encodeCall(this.expNeg, ()));
        probe(abi.encodeCall(this.expNeg2, ()));
        probe(abi.encodeCall(this.subU, ()));
        unchecked {
            emit I(s(type(int256).max) + 1);
            emit U(uint256(0) - 1);
            emit I(s(-2) ** 256);
            emit I(s(3) ** 170);
        }
    }
}
// ----
// success
// I("-3")
// I("-1")
// I("1")
// I("3")
// I("-28948022309329048855892746252171976963317496166410141009864396001978282409984")
// I("-2")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe(true, "0x0000000000000000000000000000000000000000000000000000000000000000")
// Probe(true, "0x8000000000000000000000000000000000000000000000000000000000000000")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe(true, "0x8000000000000000000000000000000000000000000000000000000000000001")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe(true, "0x8000000000000000000000000000000000000000000000000000000000000000")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// I("-57896044618658097711785492504343953926634992332820282019728792003956564819968")
// U("115792089237316195423570985008687907853269984665640564039457584007913129639935")
// I("0")
// I("30411977162933034191691863278413540160842485091561846519497912437315323736873")
