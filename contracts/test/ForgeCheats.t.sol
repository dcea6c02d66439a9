// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

interface IOracle {
    function price(bytes32 asset) external view returns (uint256);
}

/// Lends against a price from an oracle it does not control (mocked in the tests).
contract Lender {
    error Undercollateralised(uint256 value, uint256 needed);

    IOracle public oracle;
    address public owner;
    uint256 private secret = 7;

    constructor(IOracle o) {
        oracle = o;
        owner = msg.sender;
    }

    function borrow(uint256 collateral, uint256 amount) external view returns (uint256) {
        uint256 value = collateral * oracle.price("ETH");
        if (value < amount * 2) revert Undercollateralised(value, amount * 2);
        return amount;
    }

    function isOwner() external view returns (bool) {
        return msg.sender == owner;
    }

    function whoPays() external payable returns (address, address, uint256) {
        return (msg.sender, tx.origin, msg.sender.balance);
    }

    event Lent(address indexed to, uint256 amount);

    function lend(uint256 amount) external returns (uint256) {
        emit Lent(msg.sender, amount);
        return 100 / amount;
    }
}

contract ForgeCheatsTest is Test {
    IOracle oracle = IOracle(address(0x0AC1E));
    Lender lender;

    function setUp() public {
        lender = new Lender(oracle);
        // a mock set in setUp answers in the tests too, as in forge
        vm.mockCall(address(oracle), abi.encodeWithSelector(IOracle.price.selector), abi.encode(2000));
    }

    function test_mockCallAnswersForAnAccountWithoutCode() public {
        assertEq(oracle.price("ETH"), 2000);
        assertEq(lender.borrow(1, 1000), 1000);
    }

    function test_theLongestMockWins() public {
        vm.mockCall(address(oracle), abi.encodeWithSelector(IOracle.price.selector, bytes32("ETH")), abi.encode(10));
        assertEq(oracle.price("ETH"), 10);
        assertEq(oracle.price("BTC"), 2000);
    }

    function test_expectRevertWithCustomErrorData() public {
        vm.mockCall(address(oracle), abi.encodeWithSelector(IOracle.price.selector), abi.encode(1));
        vm.expectRevert(abi.encodeWithSelector(Lender.Undercollateralised.selector, 5, 10));
        lender.borrow(5, 5);
    }

    function test_expectRevertWithSelector() public {
        vm.mockCall(address(oracle), abi.encodeWithSelector(IOracle.price.selector), abi.encode(0));
        vm.expectPartialRevert(Lender.Undercollateralised.selector);
        lender.borrow(1, 1);
    }

    function test_mockCallRevertAndClear() public {
        vm.mockCallRevert(address(oracle), abi.encodeWithSelector(IOracle.price.selector), "oracle down");
        vm.expectRevert(bytes("oracle down"));
        lender.borrow(1, 1);
        vm.clearMockedCalls();
        vm.expectRevert();
        lender.borrow(1, 1); // no mock: the oracle account has no function to answer
    }

    function test_storeAndLoad() public {
        // slot 2 holds `secret` (oracle, owner, secret)
        assertEq(vm.load(address(lender), bytes32(uint256(2))), bytes32(uint256(7)));
        vm.store(address(lender), bytes32(uint256(1)), bytes32(uint256(uint160(address(this)))));
        assertEq(lender.owner(), address(this));
        assertTrue(lender.isOwner());
    }

    function test_expectCall() public {
        vm.expectCall(address(oracle), abi.encodeWithSelector(IOracle.price.selector, bytes32("ETH")));
        lender.borrow(1, 1);
    }

    function test_hoaxAndDeal() public {
        address alice = makeAddr("alice");
        hoax(alice, 5 ether);
        (address sender, , uint256 balance) = lender.whoPays{value: 1 ether}();
        assertEq(sender, alice);
        assertEq(balance, 4 ether);
        assertEq(address(lender).balance, 1 ether);
        (sender, , ) = lender.whoPays();
        assertEq(sender, address(this)); // hoax pranks one call only
        deal(alice, 3);
        assertEq(alice.balance, 3);
    }

    event Lent(address indexed to, uint256 amount);

    function test_signRecoversToMakeAddrAndKey() public {
        (address signer, uint256 key) = makeAddrAndKey("signer");
        assertEq(signer, vm.addr(key));
        assertEq(key, uint256(keccak256("signer")));
        bytes32 digest = keccak256("a permit");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        assertEq(ecrecover(digest, v, r, s), signer);
        assertTrue(v == 27 || v == 28);
        assertLe(uint256(s), 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0); // low s
    }

    function test_expectEmitFromTheLender() public {
        vm.expectEmit(true, false, false, true, address(lender));
        emit Lent(address(this), 5);
        lender.lend(5);
        vm.expectEmit(address(lender));
        emit Lent(address(this), 4);
        lender.lend(4);
    }

    function test_expectRevertWithStdError() public {
        vm.expectRevert(stdError.divisionError);
        lender.lend(0);
        assertEq(stdError.arithmeticError, abi.encodeWithSignature("Panic(uint256)", 0x11));
    }

    function test_snapshotRestoresStateAndBlock() public {
        address alice = makeAddr("alice");
        vm.deal(alice, 1 ether);
        vm.warp(1000);
        uint256 first = vm.snapshotState();
        vm.deal(alice, 5 ether);
        vm.store(address(lender), bytes32(uint256(2)), bytes32(uint256(99)));
        vm.warp(2000);
        vm.roll(50);
        uint256 second = vm.snapshot(); // the name before forge-std 1.9
        vm.deal(alice, 9 ether);
        assertTrue(vm.revertTo(second));
        assertEq(alice.balance, 5 ether);
        assertEq(block.timestamp, 2000);
        assertTrue(vm.revertToState(first));
        assertEq(alice.balance, 1 ether);
        assertEq(uint256(vm.load(address(lender), bytes32(uint256(2)))), 7);
        assertEq(block.timestamp, 1000);
        // a snapshot stays usable until deleted
        vm.deal(alice, 3 ether);
        assertTrue(vm.revertToStateAndDelete(first));
        assertEq(alice.balance, 1 ether);
        assertFalse(vm.revertToState(first));
        assertFalse(vm.deleteStateSnapshot(12345));
        assertFalse(vm.revertToState(777)); // never taken
    }

    function test_skipRewindAndConsole2() public {
        uint256 start = block.timestamp;
        skip(1 days);
        assertEq(block.timestamp, start + 1 days);
        rewind(1 hours);
        assertEq(block.timestamp, start + 23 hours);
        console2.log("skipped", block.timestamp - start);
    }

    function test_blockAndTransactionEnvironment() public {
        vm.chainId(10);
        vm.fee(7 gwei);
        vm.coinbase(address(0xC0FFEE));
        vm.prevrandao(bytes32(uint256(42)));
        vm.txGasPrice(3 gwei);
        vm.warp(12345);
        vm.roll(678);
        assertEq(block.chainid, 10);
        assertEq(block.basefee, 7 gwei);
        assertEq(block.coinbase, address(0xC0FFEE));
        assertEq(block.prevrandao, 42);
        assertEq(tx.gasprice, 3 gwei);
        assertEq(vm.getBlockTimestamp(), 12345);
        assertEq(vm.getBlockNumber(), 678);
    }

    function test_toString() public pure {
        assertEq(vm.toString(address(0xC0FFEE)), "0x0000000000000000000000000000000000C0FFEE"); // EIP-55
        assertEq(vm.toString(uint256(1234)), "1234");
        assertEq(vm.toString(int256(-5)), "-5");
        assertEq(vm.toString(true), "true");
        assertEq(vm.toString(bytes32(uint256(1))), "0x0000000000000000000000000000000000000000000000000000000000000001");
        bytes memory beef = hex"beef";
        assertEq(vm.toString(beef), "0xbeef");
        assertEq(string.concat("id-", vm.toString(uint256(7))), "id-7");
    }

    function test_startHoaxWithOrigin() public {
        address bob = makeAddr("bob");
        startHoax(bob, address(0xB0B));
        (address sender, address origin, uint256 balance) = lender.whoPays();
        (address again, , ) = lender.whoPays();
        vm.stopPrank();
        assertEq(sender, bob);
        assertEq(again, bob);
        assertEq(origin, address(0xB0B));
        assertEq(balance, 1 << 128);
    }
}
