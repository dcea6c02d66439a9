// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

contract Registry {
    mapping(address => bool) public members;

    function join(address who) external {
        require(who != address(0), "no zero member");
        members[who] = true;
    }
}

/// A fixture that cannot be built: forge reports the suite's one failure, setUp(), instead of
/// failing each unit, fuzz and invariant test the same way.
contract SetUpFailsTest is Test {
    Registry registry;

    function setUp() public {
        registry = new Registry();
        registry.join(address(0));
    }

    function testJoined() public {
        assertTrue(registry.members(address(this)));
    }

    function testFuzzJoined(address who) public {
        assertTrue(registry.members(who));
    }

    function invariant_registryExists() public {
        assertTrue(address(registry) != address(0));
    }
}

/// The same suite with a fixture that builds: its tests run and report themselves.
contract SetUpHoldsTest is Test {
    Registry registry;

    function setUp() public {
        registry = new Registry();
        registry.join(address(this));
    }

    function testJoined() public {
        assertTrue(registry.members(address(this)));
    }
}
