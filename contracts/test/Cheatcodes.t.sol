// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// A small contract whose every behaviour a cheatcode test can observe.
contract Probe {
    address public lastSender;
    address public lastOrigin;
    uint256 public lastValue;

    event Poked(address indexed who, uint256 value);

    error Refused(uint256 code);

    function poke() external payable {
        lastSender = msg.sender;
        lastOrigin = tx.origin;
        lastValue = msg.value;
        emit Poked(msg.sender, msg.value);
    }

    function refuse(uint256 code) external pure {
        revert Refused(code);
    }

    function fail(string memory why) external pure {
        revert(why);
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b;
    }

    function now_() external view returns (uint256, uint256) {
        return (block.timestamp, block.number);
    }
}

contract CheatcodesTest is Test {
    Probe internal probe;

    function setUp() public {
        probe = new Probe();
    }

    function testPrankSetsSenderOnce() public {
        address alice = makeAddr("alice");
        vm.prank(alice);
        probe.poke();
        assertEq(probe.lastSender(), alice);
        probe.poke();
        assertEq(probe.lastSender(), address(this));
    }

    function testPrankWithOrigin() public {
        address alice = makeAddr("alice");
        address bob = makeAddr("bob");
        vm.prank(alice, bob);
        probe.poke();
        assertEq(probe.lastSender(), alice);
        assertEq(probe.lastOrigin(), bob);
    }

    function testStartPrankLastsUntilStop() public {
        address bob = makeAddr("bob");
        vm.startPrank(bob);
        probe.poke();
        assertEq(probe.lastSender(), bob);
        probe.poke();
        assertEq(probe.lastSender(), bob);
        vm.stopPrank();
        probe.poke();
        assertEq(probe.lastSender(), address(this));
    }

    function testPrankedSenderPaysValue() public {
        address alice = makeAddr("alice");
        vm.deal(alice, 3 ether);
        vm.prank(alice);
        probe.poke{value: 1 ether}();
        assertEq(alice.balance, 2 ether);
        assertEq(address(probe).balance, 1 ether);
        assertEq(probe.lastValue(), 1 ether);
    }

    function testDealSetsBalance() public {
        address carol = makeAddr("carol");
        vm.deal(carol, 123);
        assertEq(carol.balance, 123);
        vm.deal(carol, 0);
        assertEq(carol.balance, 0);
    }

    function testWarpAndRoll() public {
        vm.warp(1_700_000_000);
        vm.roll(42);
        (uint256 t, uint256 n) = probe.now_();
        assertEq(t, 1_700_000_000);
        assertEq(n, 42);
    }

    /// Blocks before the current one hash as in forge (keccak256 of the number in decimal, as
    /// revm's empty database gives them); the current block and later ones hash to 0.
    function testBlockhashAsForge() public {
        vm.roll(42);
        assertEq(blockhash(41), keccak256(bytes("41")));
        assertEq(blockhash(0), keccak256(bytes("0")));
        assertEq(blockhash(42), bytes32(0));
        vm.roll(300);
        assertEq(blockhash(44), keccak256(bytes("44")));
        assertEq(blockhash(43), bytes32(0)); // more than 256 blocks back
    }

    /// vm.setBlockhash: the hash a block number gives from then on, inside BLOCKHASH's window;
    /// other blocks keep theirs, and reverting to a state snapshot undoes it.
    function testSetBlockhash() public {
        vm.roll(100);
        uint256 snap = vm.snapshotState();
        vm.setBlockhash(99, bytes32(uint256(0xbeef)));
        vm.setBlockhash(98, bytes32(uint256(0xcafe)));
        vm.setBlockhash(100, bytes32(uint256(1))); // the current block: still 0
        assertEq(blockhash(99), bytes32(uint256(0xbeef)));
        assertEq(blockhash(98), bytes32(uint256(0xcafe)));
        assertEq(blockhash(97), keccak256(bytes("97")));
        assertEq(blockhash(100), bytes32(0));
        vm.roll(101);
        assertEq(blockhash(100), bytes32(uint256(1)));
        vm.revertToState(snap);
        assertEq(blockhash(99), keccak256(bytes("99")));
    }

    function testExpectRevertAny() public {
        vm.expectRevert();
        probe.fail("whatever");
    }

    function testExpectRevertMessage() public {
        vm.expectRevert(bytes("exact reason"));
        probe.fail("exact reason");
    }

    function testExpectRevertCustomError() public {
        vm.expectRevert(abi.encodeWithSignature("Refused(uint256)", 7));
        probe.refuse(7);
    }

    function testExpectRevertSelector() public {
        // forge 1.x: a selector alone matches an error with arguments only partially
        vm.expectPartialRevert(bytes4(keccak256("Refused(uint256)")));
        probe.refuse(8);
    }

    function testExpectRevertPanic() public {
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x12));
        probe.divide(1, 0);
    }

    function testExpectRevertOnCreation() public {
        // The creation that reverts as expected yields forge's dummy address, so the test goes on.
        vm.expectRevert(bytes("no refusals"));
        Refusing refusing = new Refusing(0);
        assertEq(address(refusing), address(1));
        vm.expectRevert();
        new Refusing(0);
        assertEq(address(new Refusing(1)).code.length > 0, true);
    }

    function testExpectEmit() public {
        vm.expectEmit(true, false, false, true);
        emit Probe.Poked(address(this), 0);
        probe.poke();
    }

    function testAddrOfPrivateKey() public {
        // the address of private key 1, as everywhere on Ethereum
        assertEq(vm.addr(1), 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf);
    }

    function testTestContractIsWhereForgeDeploysIt() public {
        // the default sender's creation at nonce 1, as forge deploys every test contract
        assertEq(address(this), 0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496);
    }

    function testFailAndGoOn() public {
        // fail() records the failure and the test goes on (a testFail* test passes by it)
        fail();
        assertTrue(failed());
    }

    function testMakeAddrIsDeterministic() public {
        assertEq(makeAddr("alice"), address(uint160(uint256(keccak256(abi.encodePacked("alice"))))));
        assertTrue(makeAddr("alice") != makeAddr("bob"));
    }

    function testSetBlockhashBeyond64BitsReverts() public {
        try vm.setBlockhash(2 ** 64, bytes32(uint256(1))) {
            fail();
        } catch Error(string memory reason) {
            assertEq(reason, "vm.setBlockhash: block number does not fit in 64 bits");
        }
    }

    function testComputeCreateAddressMatchesCreate() public {
        // forge-std's own vector, then CREATE itself at one-byte nonces and past them.
        assertEq(computeCreateAddress(0x6C9FC64A53c1b71FB3f9Af64d1ae3A4931A5f4E9, 14), 0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45);
        Spawner s = new Spawner();
        for (uint256 nonce = 1; nonce <= 258; nonce++) {
            address child = s.spawn();
            if (nonce <= 2 || nonce == 127 || nonce == 128 || nonce == 255 || nonce >= 256)
                assertEq(child, computeCreateAddress(address(s), nonce));
        }
    }

    function testConsoleLog() public {
        console.log("probe at", address(probe));
        console.log("value", uint256(42), "flag", true);
        console.log("%s has %d wei", "probe", address(probe).balance);
    }
}

/// Creates empty children: its nonce counts them.
contract Spawner {
    function spawn() external returns (address) {
        return address(new Child());
    }
}

contract Child {}

/// A constructor that refuses 0.
contract Refusing {
    constructor(uint256 x) {
        require(x != 0, "no refusals");
    }
}
