// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

contract Token {
    string public name = "T";
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    constructor() {
        balanceOf[msg.sender] = 1000;
        totalSupply = 1000;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

/// A balance kept behind a getter that reads other slots first (the owner, a pause flag): the
/// slot is the one whose change the result follows, not the first or last read by accident.
contract GuardedToken {
    address public owner = msg.sender;
    bool public paused;
    mapping(address => uint256) private balances;

    function balanceOf(address who) external view returns (uint256) {
        require(!paused && owner != address(0), "paused");
        return balances[who];
    }
}

/// forge-std's deal(token, to, amount[, adjust]) through vm.record/vm.accesses, and those
/// cheatcodes themselves.
contract DealTokenTest is Test {
    Token token;
    GuardedToken guarded;
    address alice = makeAddr("alice");

    function setUp() public {
        token = new Token();
        guarded = new GuardedToken();
    }

    function testDealSetsTheBalance() public {
        deal(address(token), alice, 500);
        assertEq(token.balanceOf(alice), 500);
        assertEq(token.totalSupply(), 1000);
        vm.prank(alice);
        token.transfer(address(this), 200);
        assertEq(token.balanceOf(address(this)), 1200);
    }

    function testDealAdjustsTheSupply() public {
        deal(address(token), alice, 500, true);
        assertEq(token.totalSupply(), 1500);
        deal(address(token), address(this), 100, true);
        assertEq(token.totalSupply(), 600);
    }

    function testDealFindsTheSlotBehindOtherReads() public {
        deal(address(guarded), alice, 77);
        assertEq(guarded.balanceOf(alice), 77);
        assertEq(guarded.owner(), address(this));
        assertFalse(guarded.paused());
    }

    function testAccessesListReadsAndWrites() public {
        vm.record();
        token.transfer(alice, 1);
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(token));
        bytes32 mine = keccak256(abi.encode(address(this), uint256(2)));
        bytes32 hers = keccak256(abi.encode(alice, uint256(2)));
        assertEq(writes.length, 2);
        assertEq(writes[0], mine);
        assertEq(writes[1], hers);
        assertEq(reads.length, 4); // each balance read, then read again by its write
        (reads, writes) = vm.accesses(alice);
        assertEq(reads.length, 0);
    }

    // Fails, with stdstore's message: the golden pins it.
    function testDealOnAnAccountWithoutABalanceFails() public {
        deal(alice, alice, 1);
    }
}
