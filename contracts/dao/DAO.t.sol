// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import "./DAO.sol";
import "./DAOFixed.sol";
import "./DAOMutex.sol";
import "./Mallory.sol";

/// The DAO attack as Foundry tests: honest investors, then Mallory re-entering `splitDAO`.
/// Against DAO.sol she leaves with more than she put in and the books no longer add up;
/// against DAOFixed.sol and DAOMutex.sol every re-entry fails and she gets her deposit back.
contract DAOTest is Test {
    DAO internal dao;
    address internal alice;
    address internal bob;

    function setUp() public {
        dao = new DAO();
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        vm.deal(alice, 10 ether);
        vm.deal(bob, 10 ether);
        vm.prank(alice);
        dao.deposit{value: 10 ether}();
        vm.prank(bob);
        dao.deposit{value: 10 ether}();
    }

    /// Mallory's cashOut() pays her owner: this contract.
    receive() external payable {}

    function testDepositMintsTokens() public {
        assertEq(dao.balances(alice), 10 ether);
        assertEq(dao.balances(bob), 10 ether);
        assertEq(dao.totalSupply(), 20 ether);
        assertEq(address(dao).balance, 20 ether);
    }

    function testDepositEmitsTransfer() public {
        vm.deal(alice, 1 ether);
        vm.expectEmit(true, true, false, true);
        emit DAO.Transfer(address(0), alice, 1 ether);
        vm.prank(alice);
        dao.deposit{value: 1 ether}();
    }

    function testHonestSplitPaysShare() public {
        vm.prank(alice);
        dao.splitDAO();
        assertEq(alice.balance, 10 ether);
        assertEq(dao.balances(alice), 0);
        assertEq(dao.totalSupply(), 10 ether);
        assertEq(address(dao).balance, 10 ether);
    }

    function testSplitWithoutTokensReverts() public {
        address carol = makeAddr("carol");
        vm.expectRevert(bytes("no tokens"));
        vm.prank(carol);
        dao.splitDAO();
    }

    function testFailDepositNothing() public {
        dao.deposit{value: 0}();
    }

    function testMalloryDrainsVulnerableDAO() public {
        Mallory m = new Mallory(address(dao), 5);
        m.attack{value: 1 ether}();
        assertEq(m.landed(), 5);
        // her 1 ether back six times over
        assertEq(address(m).balance, 6 ether);
        // the books no longer add up: tokens remain that no ether backs
        assertLt(address(dao).balance, dao.totalSupply());
        m.cashOut();
    }

    function testOnlyOwnerRunsMallory() public {
        Mallory m = new Mallory(address(dao), 1);
        vm.deal(bob, 1 ether);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSignature("NotOwner(address)", bob));
        m.attack{value: 1 ether}();
    }

    function testFixedDAOResists() public {
        DAOFixed fixedDao = new DAOFixed();
        vm.deal(alice, 5 ether); // setUp put all of alice's ether into the vulnerable DAO
        vm.prank(alice);
        fixedDao.deposit{value: 5 ether}();
        Mallory m = new Mallory(address(fixedDao), 5);
        m.attack{value: 1 ether}();
        assertEq(m.landed(), 0);
        assertEq(address(m).balance, 1 ether);
        assertEq(address(fixedDao).balance, 5 ether);
        assertEq(fixedDao.totalSupply(), 5 ether);
    }

    function testMutexDAOResists() public {
        DAOMutex mutexDao = new DAOMutex();
        vm.deal(alice, 5 ether);
        vm.prank(alice);
        mutexDao.deposit{value: 5 ether}();
        Mallory m = new Mallory(address(mutexDao), 5);
        m.attack{value: 1 ether}();
        assertEq(m.landed(), 0);
        assertEq(address(m).balance, 1 ether);
        assertEq(address(mutexDao).balance, 5 ether);
    }
}
