// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

interface IFeed {
    function latest() external view returns (uint256);
}

contract Reader {
    event Read(uint256 value);

    function read(IFeed f) external view returns (uint256) {
        return f.latest();
    }

    function announce(uint256 value) external {
        emit Read(value);
    }
}

contract Echo {
    event Read(uint256 value);

    function announce(uint256 value) external {
        emit Read(value);
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

    function test_prankOverwrittenBeforeUse() public {
        // forge refuses a second prank before any call has used the first
        vm.prank(address(1));
        vm.prank(address(2));
        reader.announce(1);
    }

    function test_singlePrankUnderStartPrank() public {
        vm.startPrank(address(1));
        reader.announce(1);
        vm.prank(address(2));
    }

    function test_secondExpectRevertBeforeACall() public {
        vm.expectRevert(bytes("boom"));
        vm.expectRevert(bytes("boom"));
        reader.announce(1);
    }

    function test_startPrankOverridesAUsedStartPrank() public {
        // allowed, as in forge: the first prank was applied; this one must pass
        vm.startPrank(address(1));
        reader.announce(1);
        vm.startPrank(address(2));
        reader.announce(2);
        vm.stopPrank();
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

    event Read(uint256 value);

    function test_expectEmitFromAnotherContract() public {
        // the same event, but the expectation names the reader and the echo emits it
        Echo echo = new Echo();
        vm.expectEmit(address(reader));
        emit Read(1);
        echo.announce(1);
    }

    function test_signedByAnotherKey() public {
        (address alice, ) = makeAddrAndKey("alice");
        (, uint256 bobKey) = makeAddrAndKey("bob");
        bytes32 digest = keccak256("order");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, digest);
        assertEq(ecrecover(digest, v, r, s), alice, "signer");
    }

    function test_signWithZeroKey() public {
        // 0 is not a private key (nor is anything >= the curve order)
        vm.sign(0, keccak256("order"));
    }

    function test_broadcastWithKeyAboveCurveOrder() public {
        vm.startBroadcast(type(uint256).max);
    }

    function test_mockedValueSeen() public {
        assertEq(reader.read(feed), 43, "the mock answers 42");
    }
}
