// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

contract Who {
    function sender() external view returns (address) {
        return msg.sender;
    }
}

/// vm.getNonce/setNonce/setNonceUnsafe/resetNonce, changePrank and the assume helpers, as
/// forge-std has them.
contract NonceAndPrankHelpersTest is Test {
    Who who;
    address alice = makeAddr("alice");
    address bob = makeAddr("bob");

    function setUp() public {
        who = new Who();
    }

    function testNoncesMoveAsForgeMovesThem() public {
        assertEq(vm.getNonce(alice), 0);
        vm.setNonce(alice, 5);
        assertEq(vm.getNonce(alice), 5);
        vm.setNonceUnsafe(alice, 2);
        assertEq(vm.getNonce(alice), 2);
        vm.resetNonce(alice);
        assertEq(vm.getNonce(alice), 0);
        vm.resetNonce(address(who));
        assertEq(vm.getNonce(address(who)), 1);
    }

    function testAContractCreatesAtItsSetNonce() public {
        vm.setNonce(address(this), 40);
        Who created = new Who();
        assertEq(address(created), computeCreateAddress(address(this), 40));
    }

    // Fails, with forge's message: the golden pins it.
    function testSetNonceCannotGoBack() public {
        vm.setNonce(alice, 5);
        vm.setNonce(alice, 4);
    }

    function testChangePrankSwitchesTheSender() public {
        vm.startPrank(alice);
        assertEq(who.sender(), alice);
        changePrank(bob);
        assertEq(who.sender(), bob);
        vm.stopPrank();
        assertEq(who.sender(), address(this));
    }

    function testFuzz_AssumeHelpersRejectTheirAddresses(address a) public {
        assumeNotZeroAddress(a);
        assumeNotPrecompile(a);
        assumeNotForgeAddress(a);
        assertTrue(a != address(0) && uint160(a) > 0xff && a != address(vm));
    }
}
