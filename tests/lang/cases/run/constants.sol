// Constants keep their declared type: conversions of constants truncate like runtime values,
// constant operands of checked arithmetic still overflow at run time, and literal expressions
// are folded exactly before they take a type.
pragma solidity ^0.8.20;

contract Constants {
    uint8 constant SMALL = 200;
    int8 constant NEG = -1;
    uint256 constant BIG = type(uint256).max;
    uint16 constant CUT = uint16(uint256(0x123456));
    bytes4 constant TAG = 0xdeadbeef;
    bytes32 constant WORD = bytes32(uint256(0xabc));
    int256 constant FOLDED = (2 ** 255 - 2) / 3 * -1;

    event U(uint256 v);
    event I(int256 v);
    event B4(bytes4 v);
    event B32(bytes32 v);
    event Probe(bool ok, bytes data);

    function addSmall() external pure returns (uint8) {
        return SMALL + SMALL;
    }

    function run() external payable {
        emit U(uint8(NEG));
        emit U(uint256(uint8(NEG)));
        emit I(int256(NEG));
        emit U(uint32(BIG));
        emit U(CUT);
        emit U(uint8(CUT));
        emit I(int8(int16(CUT)));
        emit B4(TAG);
        emit B32(bytes32(TAG));
        emit U(uint32(TAG));
        emit B32(WORD);
        emit B4(bytes4(WORD));
        emit I(FOLDED);
        emit U(uint256(SMALL) + SMALL);
        emit U(0.5 * 10 + 2 ** 10 - 1e3);
        emit U(uint8(int8(NEG) * -1));
        emit I(-int256(uint256(SMALL)));
        emit U(uint64(int64(type(int64).min)));
        emit I(int64(uint64(type(uint64).max)));
        (bool ok, bytes memory data) = address(this).call(abi.encodeCall(this.addSmall, ()));
        emit Probe(ok, data);
        unchecked {
            uint8 s = SMALL;
            emit U(s + SMALL);
        }
    }
}
// ----
// success
// U("255")
// U("255")
// I("-1")
// U("4294967295")
// U("13398")
// U("86")
// I("86")
// B4("0xdeadbeef")
// B32("0xdeadbeef00000000000000000000000000000000000000000000000000000000")
// U("3735928559")
// B32("0x0000000000000000000000000000000000000000000000000000000000000abc")
// B4("0x00000000")
// I("-19298681539552699237261830834781317975544997444273427339909597334652188273322")
// U("400")
// U("29")
// U("1")
// I("-200")
// U("9223372036854775808")
// I("-1")
// Probe(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// U("144")
