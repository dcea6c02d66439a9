// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// A view that parses: solc calls the pure cheatcodes with STATICCALL, so they answer there.
contract Config {
    Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function limit(string calldata text) external pure returns (uint256) {
        return vm.parseUint(text);
    }
}

/// forge's string cheatcodes: text read as values, and Rust's str operations.
contract StringCheatsTest is Test {
    function test_parseNumbers() public {
        assertEq(vm.parseUint("12345"), 12345);
        assertEq(vm.parseUint("0xff"), 255);
        assertEq(vm.parseUint("1.5 ether"), 1.5 ether);
        assertEq(vm.parseInt("-42"), -42);
        assertEq(vm.parseInt("+0x10"), 16);
    }

    function test_parseBoolAddressAndBytes() public {
        assertTrue(vm.parseBool("true"));
        assertTrue(vm.parseBool("TRUE"));
        assertFalse(vm.parseBool("0"));
        assertEq(vm.parseAddress("0x7109709ecfa91a80626ff3989d68f67f5b1dd12d"), address(vm));
        assertEq(vm.parseBytes32("0x0000000000000000000000000000000000000000000000000000000000000001"), bytes32(uint256(1)));
        assertEq(vm.parseBytes("0x0102"), hex"0102");
        assertEq(vm.parseBytes("cafe"), hex"cafe");
    }

    function test_parseInAStaticCall() public {
        assertEq(new Config().limit("7"), 7);
    }

    function test_caseAndTrim() public {
        assertEq(vm.toLowercase("Hello WORLD"), "hello world");
        assertEq(vm.toUppercase("Hello world"), "HELLO WORLD");
        assertEq(vm.trim("  \t padded \n"), "padded");
    }

    function test_replaceAndSplit() public {
        assertEq(vm.replace("a-b-c", "-", "+"), "a+b+c");
        assertEq(vm.replace("ab", "", "."), ".a.b.");
        string[] memory parts = vm.split("alice,bob,,carol", ",");
        assertEq(parts.length, 4);
        assertEq(parts[0], "alice");
        assertEq(parts[2], "");
        assertEq(parts[3], "carol");
        assertEq(vm.split("ab", "").length, 4);
    }

    function test_indexOfAndContains() public {
        assertEq(vm.indexOf("hello", "ll"), 2);
        assertEq(vm.indexOf("hello", ""), 0);
        assertEq(vm.indexOf("hello", "z"), type(uint256).max);
        assertTrue(vm.contains("hello", "ell"));
        assertFalse(vm.contains("hello", "xyz"));
    }

    function test_roundTripThroughToString() public {
        assertEq(vm.parseUint(vm.toString(uint256(987654321))), 987654321);
        assertEq(vm.parseAddress(vm.toString(address(this))), address(this));
    }

    /// Fails: hex digits without their prefix are not a number, with forge's message.
    function test_parseUintMalformed() public {
        vm.parseUint("abc");
    }
}
