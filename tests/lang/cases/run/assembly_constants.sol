// Inline assembly reads constants by name: numbers, bytesN (left-aligned), bool, addresses,
// arithmetic on literals, chains of constants and file-level ones, each as the value of the
// constant's own type (solc's inlineAssembly/constant_access*.sol).
pragma solidity ^0.8.20;

address constant OWNER = 0x1212121212121212121212121000002134593163;
uint256 constant FILE_WIDE = 1 ether;

contract AssemblyConstants {
    uint8 constant SMALL = 2;
    uint256 constant WIDE = SMALL;
    bytes2 constant TAG = 0xabcd;
    bytes3 constant NAME = "abc";
    bytes4 constant NAME_WIDER = NAME;
    bool constant ON = true;
    uint256 constant SUM = 2 + 3 * 4;
    uint256 constant SHIFTED = (1 << 200) | 7;
    int256 constant NEGATIVE = -5;

    event Words(uint256 a, bytes2 b, bytes3 c, bytes4 d, bool e, address f);
    event More(uint256 a, uint256 b, uint256 c, int256 d);

    function run() external payable {
        uint256 a;
        bytes2 b;
        bytes3 c;
        bytes4 d;
        bool e;
        address f;
        uint256 g;
        uint256 h;
        uint256 i;
        int256 j;
        assembly {
            a := WIDE
            b := TAG
            c := NAME
            d := NAME_WIDER
            e := ON
            f := OWNER
            g := FILE_WIDE
            h := SUM
            i := SHIFTED
            j := NEGATIVE
        }
        emit Words(a, b, c, d, e, f);
        emit More(g, h, i, j);
    }
}
// ----
// success
// Words("2", "0xabcd", "0x616263", "0x61626300", true, "0x1212121212121212121212121000002134593163")
// More("1000000000000000000", "14", "1606938044258990275541962092341162602522202993782792835301383", "-5")
