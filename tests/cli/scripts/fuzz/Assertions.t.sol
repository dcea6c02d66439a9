// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// Failing assertions show both values, as forge-std >= 1.8 does.
contract AssertionsTest is Test {
    function testEqUint() public {
        assertEq(uint256(5), 6);
    }

    function testEqUintMessage() public {
        assertEq(uint256(5), 6, "balance");
    }

    function testEqInt() public {
        assertEq(int256(-5), int256(6));
    }

    function testEqAddress() public {
        assertEq(address(1), address(2));
    }

    function testEqBool() public {
        assertEq(true, false);
    }

    function testEqBytes32() public {
        assertEq(bytes32(uint256(1)), bytes32(uint256(2)));
    }

    function testEqString() public {
        assertEq(string("alice"), string("bob"));
    }

    function testEqBytes() public {
        assertEq(bytes(hex"0102"), bytes(hex"0103"));
    }

    function testNotEq() public {
        assertNotEq(uint256(7), 7);
    }

    function testLt() public {
        assertLt(uint256(9), 3);
    }

    function testGtSigned() public {
        assertGt(int256(-9), int256(3), "signed");
    }

    function testLe() public {
        assertLe(uint256(4), 3);
    }

    function testGe() public {
        assertGe(uint256(2), 3);
    }

    function testApproxEqAbs() public {
        assertApproxEqAbs(uint256(100), 110, 5);
    }

    function testApproxEqRel() public {
        assertApproxEqRel(uint256(100), 103, 0.02e18);
    }

    function testApproxEqRelSignedMessage() public {
        assertApproxEqRel(int256(-100), int256(-97), 0.025e18, "price");
    }

    function testApproxEqRelZero() public {
        assertApproxEqRel(uint256(1), 0, 1e18);
    }

    function testEqDecimal() public {
        assertEqDecimal(uint256(1.5e18), 2e18, 18);
    }

    function testLtDecimalSignedMessage() public {
        assertLtDecimal(int256(-250), int256(-300), 2, "debt");
    }

    function testApproxEqAbsDecimal() public {
        assertApproxEqAbsDecimal(uint256(1000), 1100, 50, 3);
    }

    function testApproxEqRelDecimal() public {
        assertApproxEqRelDecimal(uint256(90e6), 100e6, 0.05e18, 6, "price");
    }

    function testEqArrays() public {
        uint256[] memory a = new uint256[](2);
        a[1] = 5;
        uint256[] memory b = new uint256[](2);
        b[1] = 6;
        assertEq(a, b, "balances");
    }

    function testTrue() public {
        assertTrue(false, "must hold");
    }

    function testPasses() public {
        assertEq(string("same"), string("same"));
        assertApproxEqAbs(int256(-3), int256(2), 5);
        assertApproxEqRel(uint256(100), 102, 0.02e18);
        assertApproxEqRel(int256(-100), int256(-97), 0.031e18);
        assertApproxEqRel(uint256(0), 0, 0);
        address[] memory owners = new address[](1);
        owners[0] = address(7);
        address[] memory same = new address[](1);
        same[0] = address(7);
        assertEq(owners, same);
        assertNotEq(owners, new address[](0));
        assertApproxEqRel(type(uint256).max, type(uint256).max - 1, 1);
        assertEqDecimal(int256(-1e18), -1e18, 18);
        assertGeDecimal(uint256(2e6), 1e6, 6);
        assertApproxEqAbsDecimal(int256(-3), int256(2), 5, 1);
        assertApproxEqRelDecimal(uint256(100), 102, 0.02e18, 2);
        assertNotEq(address(1), address(2));
    }
}
