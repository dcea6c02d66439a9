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

contract Purse {
    error Insufficient(uint256 available, uint256 wanted);

    function take(uint256 wanted) external pure {
        revert Insufficient(5, wanted);
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

    function test_customErrorArgumentsDiffer() public {
        // both errors by name and arguments, as forge decodes them
        Purse purse = new Purse();
        vm.expectRevert(abi.encodeWithSelector(Purse.Insufficient.selector, 1, 2));
        purse.take(7);
    }

    function test_selectorOfAnErrorWithArguments() public {
        // forge 1.x: expectRevert(bytes4) wants exactly those 4 bytes (expectPartialRevert
        // takes any arguments)
        Purse purse = new Purse();
        vm.expectRevert(Purse.Insufficient.selector);
        purse.take(7);
    }

    function test_revertFromAnotherContract() public {
        Purse purse = new Purse();
        vm.expectRevert(address(reader));
        purse.take(7);
    }

    function test_fewerRevertsThanCounted() public {
        Purse purse = new Purse();
        vm.expectRevert(uint64(2));
        purse.take(7);
    }

    function test_revertCountedNever() public {
        Purse purse = new Purse();
        vm.expectRevert(abi.encodeWithSelector(Purse.Insufficient.selector, 5, 7), 0);
        purse.take(7);
    }

    function test_expectedCallsCountedExactly() public {
        vm.expectCall(address(reader), abi.encodeWithSelector(Reader.announce.selector), 2);
        reader.announce(1);
        reader.announce(2);
        reader.announce(3);
    }

    function test_expectedCallWithAnotherValue() public {
        vm.expectCall(address(reader), 1, abi.encodeWithSelector(Reader.announce.selector));
        reader.announce(1);
    }

    function test_assumeOutsideAFuzzTest() public {
        // no inputs to reject: the rejection fails the test with forge's marker
        vm.assume(false);
    }

    function test_mockedValueSeen() public {
        assertEq(reader.read(feed), 43, "the mock answers 42");
    }
}
