// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import "../examples/SimpleToken.sol";

contract SimpleTokenTest is Test {
    SimpleToken internal token;
    address internal alice;
    address internal bob;

    function setUp() public {
        token = new SimpleToken(1000);
        alice = makeAddr("alice");
        bob = makeAddr("bob");
    }

    function testInitialSupply() public {
        assertEq(token.totalSupply(), 1000 ether);
        assertEq(token.balanceOf(address(this)), 1000 ether);
    }

    function testTransfer() public {
        assertTrue(token.transfer(alice, 10 ether));
        assertEq(token.balanceOf(alice), 10 ether);
        assertEq(token.balanceOf(address(this)), 990 ether);
    }

    function testTransferEmitsEvent() public {
        vm.expectEmit(true, true, false, true);
        emit SimpleToken.Transfer(address(this), alice, 5);
        token.transfer(alice, 5);
    }

    function testTransferTooMuchReverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSignature("InsufficientBalance(address,uint256,uint256)", alice, 0, 1));
        token.transfer(bob, 1);
    }

    function testTransferToZeroRevertsWithSelector() public {
        vm.expectPartialRevert(bytes4(keccak256("InvalidReceiver(address)")));
        token.transfer(address(0), 1);
    }

    function testApproveAndTransferFrom() public {
        token.approve(alice, 100);
        vm.prank(alice);
        token.transferFrom(address(this), bob, 60);
        assertEq(token.balanceOf(bob), 60);
        assertEq(token.allowance(address(this), alice), 40);
    }

    function testTransferFromBeyondAllowanceReverts() public {
        token.approve(alice, 10);
        vm.startPrank(alice);
        vm.expectRevert();
        token.transferFrom(address(this), bob, 11);
        vm.stopPrank();
        assertEq(token.balanceOf(bob), 0);
    }

    function testFailTransferFromWithoutAllowance() public {
        vm.prank(alice);
        token.transferFrom(address(this), bob, 1);
    }
}
