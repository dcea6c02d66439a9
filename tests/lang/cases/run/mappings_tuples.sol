// Nested mappings keyed by small types, storage struct references and delete, tuples of small
// types from internal functions, unchecked decrement wrap-around of int8 and uint8.
pragma solidity ^0.8.20;
contract MappingsTuples {
    event U(uint256 v);
    event I(int256 v);
    mapping(address => mapping(uint8 => int16)) nested;
    struct Pt { int8 x; int8 y; }
    mapping(bytes4 => Pt) pts;
    function pair(int8 a) internal pure returns (int8, uint8) { return (a, uint8(a)); }
    function mk(int8 x, int8 y) internal pure returns (Pt memory) { return Pt(x, y); }
    function run() external payable {
        nested[msg.sender][255] = -32768;
        nested[msg.sender][1] += 5;
        emit I(nested[msg.sender][255]);
        emit I(nested[msg.sender][1]);
        (int8 a, uint8 b) = pair(-1);
        emit I(a);
        emit U(b);
        Pt memory p = mk(-128, 127);
        pts[0x01020304] = p;
        p.x = 1;
        emit I(pts[0x01020304].x);
        Pt storage q = pts[0x01020304];
        q.y -= 27;
        emit I(pts[0x01020304].y);
        delete pts[0x01020304];
        emit I(q.x);
        int8 m = -128;
        unchecked { m--; }
        emit I(m);
        uint8 k = 0;
        unchecked { --k; }
        emit U(k);
    }
}
// ----
// success
// I("-32768")
// I("5")
// I("-1")
// U("255")
// I("-128")
// I("100")
// I("0")
// I("127")
// U("255")
