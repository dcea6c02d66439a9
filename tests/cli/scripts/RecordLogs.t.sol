// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A token whose transfers log Transfer (two indexed arguments, one in the data), plus an
/// anonymous event and a transfer that logs and then reverts.
contract LoggedToken {
    event Transfer(address indexed from, address indexed to, uint256 amount);
    event Note(uint256 indexed tag, string text) anonymous;

    mapping(address => uint256) public balanceOf;

    constructor() {
        balanceOf[msg.sender] = 1000;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance too low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function note(uint256 tag, string calldata text) external {
        emit Note(tag, text);
    }

    /// Logs a transfer, then reverts: the log must vanish with the call.
    function transferThenRevert(address to, uint256 amount) external {
        emit Transfer(msg.sender, to, amount);
        revert("undone");
    }
}

contract RecordLogsTest is Test {
    event Transfer(address indexed from, address indexed to, uint256 amount);
    event Local(uint256 value);

    LoggedToken token;
    address constant BOB = address(0xB0B);

    function setUp() public {
        token = new LoggedToken();
    }

    function testTransferTopicsDataEmitter() public {
        vm.recordLogs();
        token.transfer(BOB, 25);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics.length, 3);
        assertEq(logs[0].topics[0], keccak256("Transfer(address,address,uint256)"));
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(address(this)))));
        assertEq(logs[0].topics[2], bytes32(uint256(uint160(BOB))));
        assertEq(logs[0].data, abi.encode(uint256(25)));
        assertEq(abi.decode(logs[0].data, (uint256)), 25);
        assertEq(logs[0].emitter, address(token));
    }

    function testAnonymousEventHasNoSignatureTopic() public {
        vm.recordLogs();
        token.note(7, "hello");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics.length, 1);
        assertEq(logs[0].topics[0], bytes32(uint256(7)));
        assertEq(abi.decode(logs[0].data, (string)), "hello");
    }

    function testTestContractLogsInOrder() public {
        vm.recordLogs();
        emit Local(1);
        token.transfer(BOB, 3);
        emit Local(2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 3);
        assertEq(logs[0].emitter, address(this));
        assertEq(logs[0].topics[0], keccak256("Local(uint256)"));
        assertEq(abi.decode(logs[0].data, (uint256)), 1);
        assertEq(logs[1].emitter, address(token));
        assertEq(logs[2].emitter, address(this));
        assertEq(abi.decode(logs[2].data, (uint256)), 2);
    }

    function testRevertedCallLogsAreNotRecorded() public {
        vm.recordLogs();
        try token.transferThenRevert(BOB, 9) {
            fail();
        } catch Error(string memory reason) {
            assertEq(reason, "undone");
        }
        token.transfer(BOB, 4);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(abi.decode(logs[0].data, (uint256)), 4);
    }

    function testRecordLogsTwiceDiscardsEarlierLogs() public {
        vm.recordLogs();
        token.transfer(BOB, 1);
        vm.recordLogs();
        token.transfer(BOB, 2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(abi.decode(logs[0].data, (uint256)), 2);
    }

    function testGetRecordedLogsEmptiesTheList() public {
        vm.recordLogs();
        token.transfer(BOB, 1);
        token.transfer(BOB, 2);
        assertEq(vm.getRecordedLogs().length, 2);
        assertEq(vm.getRecordedLogs().length, 0);
        token.transfer(BOB, 5); // still recording
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(abi.decode(logs[0].data, (uint256)), 5);
    }

    function testWithoutRecordLogsNothingIsRecorded() public {
        token.transfer(BOB, 1);
        assertEq(vm.getRecordedLogs().length, 0);
    }
}

/// vm.recordLogs() in setUp() records setUp's later logs for the test, as in Foundry.
contract RecordLogsSetUpTest is Test {
    event Ready(uint256 id);

    function setUp() public {
        vm.recordLogs();
        emit Ready(42);
    }

    function testSeesSetUpLogs() public {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(abi.decode(logs[0].data, (uint256)), 42);
    }

    /// Every fuzz run starts from setUp's recording.
    function testFuzz_SeesSetUpLogsEveryRun(uint8 x) public {
        emit Ready(x);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 2);
        assertEq(abi.decode(logs[1].data, (uint256)), x);
    }
}
