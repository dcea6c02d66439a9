// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

contract Gate {
    /// A threshold only the program's own constants reveal: random 256-bit inputs never hit it.
    uint256 public constant MAGIC = 0xdeadbeefcafe;

    function open(uint256 key) public pure returns (bool) {
        require(key != MAGIC, "opened by the magic key");
        return true;
    }
}

/// Deliberately broken fuzz tests: each must fail with a minimal counterexample.
contract FuzzFailingTest is Test {
    Gate internal gate;

    function setUp() public {
        gate = new Gate();
    }

    struct Order {
        address maker;
        uint96 amount;
        bool open;
    }

    /// A struct parameter is fuzzed field by field and shrunk to its minimal failing order.
    function testFuzz_StructField(Order memory order) public pure {
        assertLt(uint256(order.amount), 1000);
    }

    function testFuzz_Threshold(uint256 x) public {
        assertLt(x, 1000);
    }

    function testFuzz_Negative(int256 x) public {
        assertGt(x, -50);
    }

    function testFuzz_ShortBytes(bytes memory data) public {
        assertLt(data.length, 5, "data too long");
    }

    function testFuzz_MagicConstant(uint256 key) public {
        gate.open(key);
    }

    function testFuzz_RejectsEverything(uint256 x) public {
        vm.assume(x == 1 && x == 2);
    }
}
