// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

interface IFeed {
    function latest() external view returns (uint256);
}

contract Reader {
    function read(IFeed f) external view returns (uint256) {
        return f.latest();
    }
}

/// Cheatcode expectations that are not met fail with a clear reason.
contract CheatsFailingTest is Test {
    IFeed feed = IFeed(address(0xFEED));
    Reader reader;

    function setUp() public {
        reader = new Reader();
        vm.mockCall(address(feed), abi.encodeWithSelector(IFeed.latest.selector), abi.encode(42));
    }

    function test_expectCallNotMade() public {
        // the call made has no argument: it does not start with the expected calldata
        vm.expectCall(address(feed), abi.encodeWithSelector(IFeed.latest.selector, uint256(1)));
        assertEq(reader.read(feed), 42);
    }

    function test_mockedRevertDiffersFromExpected() public {
        vm.mockCallRevert(address(feed), abi.encodeWithSelector(IFeed.latest.selector), "stale");
        vm.expectRevert(bytes("fresh"));
        reader.read(feed);
    }

    function test_mockedValueSeen() public {
        assertEq(reader.read(feed), 43, "the mock answers 42");
    }
}
