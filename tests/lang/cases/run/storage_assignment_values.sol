// An assignment to storage used as a value is its target: `(m = m2)[2] = 21` writes through
// the repointed reference, `s1 = s2 = data` copies into both. A member function named but not
// called (`data.pop;`) only evaluates its object. Typed integer constants fold as solc's
// constant evaluator does: integer division truncates toward zero, so `uint[c]` with
// `int constant c = a / b` is an array of 2, and `(-a) / b` is -2.
pragma solidity ^0.8.20;

contract StorageAssignmentValues {
    event U(uint256 v);
    event I(int256 v);
    event B(bytes v);

    mapping(uint8 => uint8) m1;
    mapping(uint8 => uint8) m2;
    uint256[] data;
    bytes s1;
    bytes s2;
    int256 constant A = 7;
    int256 constant B3 = 3;
    int256 constant C = A / B3;
    int256 constant D = (-A) / B3;
    uint256 constant E = 7;
    uint256 constant G = (E - 1) * 2 / 5;

    function fixedLengths() internal pure returns (uint256, uint256, uint256) {
        uint256[C] memory x;
        uint256[-D] memory y;
        uint256[G] memory z;
        return (x.length, y.length, z.length);
    }

    function run() external payable {
        mapping(uint8 => uint8) storage m = m1;
        m[1] = 42;
        (m = m2)[2] = 21;
        emit U(m1[1]);
        emit U(m1[2]);
        emit U(m2[1]);
        emit U(m2[2]);
        m[3] = 7; // m now points at m2
        emit U(m2[3]);

        data.push(5);
        data.pop;
        payable(address(this)).transfer;
        emit U(data.length);

        s1 = s2 = hex"0102030405";
        emit B(s1);
        emit B(s2);
        emit U((s1 = s2).length);

        (uint256 x, uint256 y, uint256 z) = fixedLengths();
        emit U(x);
        emit U(y);
        emit U(z);
        emit I(C);
        emit I(D);
        emit I(-D);
        emit I(A % (-B3));
        emit I((-A) % B3);
    }
}
// ----
// success
// U("42")
// U("0")
// U("0")
// U("21")
// U("7")
// U("1")
// B("0x0102030405")
// B("0x0102030405")
// U("5")
// U("2")
// U("2")
// U("2")
// I("2")
// I("-2")
// I("2")
// I("1")
// I("-1")
