// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

contract Counter {
    uint256 public number;

    function setNumber(uint256 newNumber) public {
        number = newNumber;
    }

    function add(uint256 amount) public {
        number += amount;
    }
}

/// Fuzz tests as forge users write them: every one passes.
contract FuzzTest is Test {
    Counter internal counter;

    function setUp() public {
        counter = new Counter();
        counter.setNumber(7);
    }

    function testFuzz_SetNumber(uint256 x) public {
        counter.setNumber(x);
        assertEq(counter.number(), x);
    }

    /// Each run starts from the state setUp() left: the previous run's write is gone.
    function testFuzz_StartsFromSetUp(uint128 amount) public {
        assertEq(counter.number(), 7);
        counter.add(amount);
        assertEq(counter.number(), 7 + uint256(amount));
    }

    function testFuzz_Assume(uint256 a, uint256 b) public {
        vm.assume(a < type(uint128).max && b < type(uint128).max);
        assertGe(a + b, a);
    }

    function testFuzz_Bound(uint256 x) public {
        uint256 y = bound(x, 10, 20);
        assertGe(y, 10);
        assertLe(y, 20);
    }

    function testFuzz_BoundSigned(int256 x) public {
        int256 y = bound(x, -5, 5);
        assertGe(y, -5);
        assertLe(y, 5);
    }

    function testFuzz_Types(int8 small, address who, bool flag, bytes4 tag) public {
        assertLe(small, 127);
        assertGe(small, -128);
        assertEq(uint256(uint160(who)) >> 160, 0);
        assertEq(flag ? 1 : 0, flag == true ? 1 : 0);
        assertEq(uint32(tag) & 0, 0);
    }

    function testFuzz_Dynamic(bytes memory data, string memory text, uint8[] memory xs) public {
        assertEq(data, data);
        assertEq(text, text);
        uint256 sum = 0;
        for (uint256 i = 0; i < xs.length; i++) sum += xs[i];
        assertLe(sum, 255 * xs.length);
    }

    function testFuzz_FixedArray(uint256[3] memory xs) public {
        assertEq(xs.length, 3);
    }

    /// forge-std's bound() on known values: forge-std's own StdUtils tests and edge cases.
    function testBoundKnownValues() public {
        assertEq(bound(uint256(5), 0, 4), uint256(0));
        assertEq(bound(uint256(0), 69, 69), uint256(69));
        assertEq(bound(uint256(0), 68, 69), uint256(68));
        assertEq(bound(uint256(10), 150, 190), uint256(174));
        assertEq(bound(uint256(300), 2800, 3200), uint256(3107));
        assertEq(bound(uint256(9999), 1337, 6666), uint256(4669));
        assertEq(bound(uint256(3), 69, 420), uint256(72));
        assertEq(bound(uint256(1000), 69, 420), uint256(296));
        assertEq(bound(type(uint256).max, 69, 420), uint256(420));
        assertEq(bound(type(uint256).max - 1, 69, 420), uint256(419));
        assertEq(bound(int256(-3), 0, 4), int256(2));
        assertEq(bound(int256(0), -69, -69), int256(-69));
        assertEq(bound(int256(0), -69, -68), int256(-68));
        assertEq(bound(int256(-10), 150, 190), int256(154));
        assertEq(bound(int256(-300), 2800, 3200), int256(2908));
        assertEq(bound(int256(9999), -1337, 6666), int256(1995));
        assertEq(bound(type(int256).min, -5, 5), int256(-5));
        assertEq(bound(type(int256).max, -5, 5), int256(5));
    }

    function testSkipped() public {
        vm.skip(true);
        revert("not reached");
    }

    function testNotSkipped() public {
        vm.skip(false);
        assertTrue(true);
    }
}

/// vm.skip(true) in setUp() skips every test of the contract, fuzz tests included.
contract SkippedSuiteTest is Test {
    function setUp() public {
        vm.skip(true);
    }

    function testNeverRuns() public {
        revert("not reached");
    }

    function testFuzz_NeverRuns(uint256) public {
        revert("not reached");
    }
}
