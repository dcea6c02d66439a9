pragma solidity ^0.8.20;
contract Literals {
    uint256 constant MAX = 2**256 - 1;
    uint256 constant WEI = 0.5 ether + 1 gwei;
    uint256 constant SCI = 1e18;
    uint32 constant WEEK = 1 weeks;
    int8 constant LOW = -128;
    uint8 constant HEX = 0xff;
    bytes4 constant TAG = 0x12345678;
    bytes32 constant ZERO = 0;
    uint256 constant SHIFTED = 1 << 255;
    uint256 constant EXACT = (1 / 2) * 4;
    address constant CHEATS = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;
}
// ----
