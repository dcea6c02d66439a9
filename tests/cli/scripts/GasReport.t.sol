// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

contract Counter {
    uint256 public number;

    function increment() external {
        number += 1;
    }

    function setNumber(uint256 n) external {
        number = n;
    }
}

contract CounterGasTest is Test {
    Counter counter;

    function setUp() public {
        counter = new Counter();
    }

    function test_increment() public {
        counter.increment();
        counter.increment();
        assertEq(counter.number(), 2);
    }

    function test_setNumber() public {
        counter.setNumber(7);
        assertEq(counter.number(), 7);
    }
}
