// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// State variables laid out as solc packs them (the words below are solc's, checked on the EVM).
contract Packed {
    struct Pair {
        uint128 a;
        uint128 b;
        address c;
    }

    address public owner = address(0xA11CE);
    bool public paused = true; // slot 0, byte 20
    uint96 public x = 3; // does not fit in the 11 bytes left: slot 1
    uint256 public y = 4; // slot 2
    Pair public pair; // slots 3 and 4
    int8 public small = -1; // after a struct: slot 5

    constructor() {
        pair = Pair(5, 6, address(0xB0B));
    }

    function setPaused(bool p) external {
        paused = p;
    }
}

contract PackedLayoutTest is Test {
    Packed internal packed;

    function setUp() public {
        packed = new Packed();
    }

    function word(uint256 slot) internal view returns (uint256) {
        return uint256(vm.load(address(packed), bytes32(slot)));
    }

    function test_slotsAndOffsets() public {
        assertEq(word(0), (uint256(1) << 160) | uint256(uint160(address(0xA11CE))));
        assertEq(word(1), 3);
        assertEq(word(2), 4);
        assertEq(word(3), (uint256(6) << 128) | 5);
        assertEq(word(4), uint256(uint160(address(0xB0B))));
        assertEq(word(5), 0xff);
    }

    function test_writeKeepsNeighbours() public {
        packed.setPaused(false);
        assertEq(word(0), uint256(uint160(address(0xA11CE))));
        assertEq(packed.owner(), address(0xA11CE));
    }

    function test_storeIntoPackedSlot() public {
        // a packed word written from outside reads back field by field, masked
        vm.store(address(packed), bytes32(uint256(3)), bytes32((uint256(9) << 128) | 8));
        (uint128 a, uint128 b, address c) = packed.pair();
        assertEq(a, 8);
        assertEq(b, 9);
        assertEq(c, address(0xB0B));
        vm.store(address(packed), bytes32(uint256(5)), bytes32(uint256(0x80)));
        assertEq(packed.small(), -128);
    }
}
