// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import "./Bank.s.sol";

/// Golden-test suite for `mallory test`: passing and failing tests, -vvv traces.
contract FailingTest is Test {
    Vault internal bank;

    function setUp() public {
        bank = new Vault();
    }

    function testPasses() public {
        bank.deposit{value: 1 ether}();
        assertEq(bank.reserves(), 1 ether);
    }

    function testAssertionFails() public {
        bank.deposit{value: 1 ether}();
        console.log("reserves", bank.reserves());
        assertEq(bank.reserves(), 2 ether, "reserves should be 2 ether");
    }

    function testRevertsInCallee() public {
        bank.deposit{value: 1}(); revert("callee said no");
    }

    function testExpectRevertNotMet() public {
        vm.expectRevert();
        bank.deposit{value: 1}();
    }

    function testFailDoesNotRevert() public {
        bank.deposit{value: 1}();
    }

    function testCallsFailAndGoesOn() public {
        fail();
        bank.deposit{value: 1}();
        console.log("still running after fail()", bank.reserves());
    }

    function testFailRecordedByFail() public {
        fail();
    }

    function testPanics() public {
        uint256 x = 0;
        assertEq(uint256(1) / x, 0);
    }
}
