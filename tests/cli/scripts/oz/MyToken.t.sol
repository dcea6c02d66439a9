// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {MyToken} from "./MyToken.sol";

contract MyTokenTest is Test {
    MyToken token;
    address alice = address(0xA11CE);
    address bob = address(0xB0B);

    function setUp() public {
        token = new MyToken(address(this));
    }

    function testMetadata() public {
        assertEq(token.name(), "My Token");
        assertEq(token.symbol(), "MTK");
        assertEq(uint256(token.decimals()), 18);
        assertEq(token.owner(), address(this));
    }

    function testMintAndTransfer() public {
        token.mint(alice, 100 ether);
        vm.prank(alice);
        assertTrue(token.transfer(bob, 40 ether));
        assertEq(token.balanceOf(alice), 60 ether);
        assertEq(token.balanceOf(bob), 40 ether);
        assertEq(token.totalSupply(), 100 ether);
    }

    function testOnlyOwnerMints() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.mint(alice, 1);
    }

    function testTransferMoreThanBalanceReverts() public {
        token.mint(alice, 5);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 5, 6));
        vm.prank(alice);
        token.transfer(bob, 6);
    }

    function testAllowance() public {
        token.mint(alice, 10);
        vm.prank(alice);
        token.approve(bob, 7);
        vm.prank(bob);
        token.transferFrom(alice, bob, 7);
        assertEq(token.balanceOf(bob), 7);
        assertEq(token.allowance(alice, bob), 0);
    }
}
