// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// End-to-end suite for `mallory test` and `mallory run`: a staking pool written the way such
/// contracts usually are, with a library attached by `using for`, storage references, a
/// file-level custom error raised through `require(cond, Error(...))` and `revert`, free
/// functions and named arguments.

error InsufficientStake(address account, uint256 have, uint256 want);
error NothingStaked();

uint256 constant MIN_STAKE = 1 gwei;

function basisPoints(uint256 amount, uint256 bps) pure returns (uint256) {
    return (amount * bps) / 10_000;
}

library StakeBook {
    struct Book {
        mapping(address => uint256) stakes;
        address[] stakers;
        uint256 total;
    }

    event Staked(address indexed account, uint256 amount);

    function add(Book storage book, address account, uint256 amount) internal {
        if (book.stakes[account] == 0) book.stakers.push(account);
        book.stakes[account] += amount;
        book.total += amount;
        emit Staked(account, amount);
    }

    function remove(Book storage book, address account, uint256 amount) internal {
        uint256 have = book.stakes[account];
        require(have >= amount, InsufficientStake(account, have, amount));
        book.stakes[account] = have - amount;
        book.total -= amount;
    }

    function stakeOf(Book storage book, address account) internal view returns (uint256) {
        return book.stakes[account];
    }

    function count(Book storage book) public view returns (uint256) {
        return book.stakers.length;
    }
}

contract StakingPool {
    using StakeBook for StakeBook.Book;

    StakeBook.Book private book;
    uint256 public feeBps = 50;

    function stake() external payable {
        if (msg.value < MIN_STAKE) revert InsufficientStake(msg.sender, msg.value, MIN_STAKE);
        book.add({amount: msg.value, account: msg.sender});
    }

    function unstake(uint256 amount) external {
        if (book.stakeOf(msg.sender) == 0) revert NothingStaked();
        book.remove(msg.sender, amount);
        uint256 fee = basisPoints({bps: feeBps, amount: amount});
        (bool ok, ) = msg.sender.call{value: amount - fee}("");
        require(ok, "transfer failed");
    }

    function stakeOf(address account) external view returns (uint256) {
        return book.stakeOf(account);
    }

    function stakers() external view returns (uint256) {
        return book.count();
    }

    function total() external view returns (uint256) {
        return book.total;
    }
}

contract StakingPoolTest is Test {
    StakingPool internal pool;
    address internal alice = address(0xA11CE);

    function setUp() public {
        pool = new StakingPool();
        vm.deal(alice, 10 ether);
    }

    function testStakeAndUnstake() public {
        vm.prank(alice);
        pool.stake{value: 2 ether}();
        assertEq(pool.stakeOf(alice), 2 ether);
        assertEq(pool.stakers(), 1);
        vm.prank(alice);
        pool.unstake(1 ether);
        assertEq(pool.stakeOf(alice), 1 ether);
        assertEq(alice.balance, 9 ether - basisPoints(1 ether, 50));
    }

    function testUnstakeTooMuch() public {
        vm.prank(alice);
        pool.stake{value: 1 ether}();
        vm.expectRevert(abi.encodeWithSelector(InsufficientStake.selector, alice, 1 ether, 2 ether));
        vm.prank(alice);
        pool.unstake(2 ether);
    }

    function testNothingStaked() public {
        vm.expectRevert(NothingStaked.selector);
        pool.unstake(1);
    }

    function testStakeTooSmall() public {
        vm.expectRevert(abi.encodeWithSelector(InsufficientStake.selector, address(this), 1, MIN_STAKE));
        pool.stake{value: 1}();
    }

    /// `mallory run` entry point: stakes from the script contract and reports the pool.
    function run() external payable {
        setUp();
        pool.stake{value: 1 ether}();
        pool.unstake(0.5 ether);
        console.log("staked", pool.stakeOf(address(this)));
        console.log("total", pool.total());
    }

    receive() external payable {}
}
