// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// DSTest's log events shown under "Logs:" as forge shows them, in order with console.log,
/// including those of a test that fails after logging.
contract DsTestLogsTest is Test {
    function testEveryLogEvent() public {
        emit log("plain text");
        console.log("console line", uint256(7));
        emit log_uint(42);
        emit log_int(-42);
        emit log_address(address(0xBEEF));
        emit log_bytes32(bytes32(uint256(1)));
        emit log_bytes(hex"c0ffee");
        emit log_string("a string");
        emit log_named_uint("balance", 1000);
        emit log_named_int("delta", -5);
        emit log_named_address("owner", address(this));
        emit log_named_string("name", "mallory");
        emit log_named_bytes("data", hex"0102");
        emit log_named_decimal_uint("price", 1.5 ether, 18);
        emit log_named_decimal_int("loss", -25, 1);
        emit log_named_decimal_uint("tiny", 5, 3);
        uint256[] memory xs = new uint256[](3);
        xs[0] = 1;
        xs[1] = 2;
        xs[2] = 3;
        emit log_array(xs);
        emit log_named_array("xs", xs);
    }

    function testLogsThenFails() public {
        emit log_named_uint("seen before the failure", 3);
        assertEq(uint256(3), uint256(4));
    }
}

/// forge-std's one-value console functions print as forge prints them, in order with the rest.
contract ConsoleValueFunctionsTest is Test {
    function testOneValueForms() public {
        console.logUint(7);
        console.logInt(-7);
        console.logString("text");
        console.logBool(true);
        console.logAddress(address(0xBEEF));
        console.logBytes(hex"00ff");
        emit log("between");
        console.logBytes1(0x01);
        console.logBytes4(0x12345678);
        console.logBytes32(keccak256("mallory"));
    }
}
