// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import "../examples/EtherBank.sol";
import "../examples/VulnerableBank.sol";
import "../examples/BankAttacker.sol";

contract EtherBankTest is Test {
    EtherBank internal bank;
    address internal alice;

    function setUp() public {
        bank = new EtherBank();
        alice = makeAddr("alice");
        vm.deal(alice, 5 ether);
    }

    function testDepositAndWithdraw() public {
        vm.startPrank(alice);
        bank.deposit{value: 2 ether}();
        bank.withdraw(1 ether);
        vm.stopPrank();
        assertEq(bank.balances(alice), 1 ether);
        assertEq(alice.balance, 4 ether);
        assertEq(bank.totalDeposits(), 1 ether);
    }

    function testSmallDepositReverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSignature("DepositTooSmall(uint256,uint256)", 1 wei, 0.01 ether));
        bank.deposit{value: 1 wei}();
    }

    function testOverdrawReverts() public {
        vm.prank(alice);
        vm.expectPartialRevert(bytes4(keccak256("InsufficientBalance(uint256,uint256)")));
        bank.withdraw(1);
    }

    function testPlainTransferCountsAsDeposit() public {
        vm.prank(alice);
        (bool ok, ) = address(bank).call{value: 1 ether}("");
        assertTrue(ok);
        assertEq(bank.balances(alice), 1 ether);
        assertEq(bank.depositCount(), 1);
    }
}

contract VulnerableBankTest is Test {
    VulnerableBank internal bank;
    address internal alice;

    function setUp() public {
        bank = new VulnerableBank();
        alice = makeAddr("alice");
        vm.deal(alice, 10 ether);
        vm.prank(alice);
        bank.deposit{value: 10 ether}();
        vm.warp(2 days);
    }

    function testWithdrawOncePerDay() public {
        vm.prank(alice);
        bank.withdraw();
        assertEq(alice.balance, 10 ether);
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        bank.deposit{value: 1 ether}();
        vm.prank(alice);
        vm.expectRevert(bytes("once a day"));
        bank.withdraw();
        vm.warp(block.timestamp + 1 days);
        vm.prank(alice);
        bank.withdraw();
        assertEq(alice.balance, 1 ether);
    }

    function testAttackerDrainsBank() public {
        BankAttacker attacker = new BankAttacker(address(bank), 10);
        attacker.attack{value: 1 ether}();
        assertEq(attacker.rounds(), 10);
        assertEq(address(attacker).balance, 11 ether);
        assertEq(bank.reserves(), 0);
    }

    function testRollChangesBlockNumber() public {
        vm.roll(1234);
        assertEq(block.number, 1234);
    }
}
