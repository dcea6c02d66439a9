// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// A view that draws: solc calls the view cheatcodes with STATICCALL, so they answer there.
contract Dice {
    Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function roll() external view returns (uint256) {
        return vm.randomUint(8) % 6 + 1;
    }
}

/// vm.setEnv and vm.envExists (the variables are the test's own, over the process environment),
/// the random cheatcodes (seeded by --fuzz-seed and the test's name) and vm.signCompact.
contract EnvRandomCheatsTest is Test {
    function setUp() public {
        vm.setEnv("MALLORY_SET_IN_SETUP", "0x2a");
    }

    function test_envExists() public {
        assertTrue(vm.envExists("MALLORY_SET_IN_SETUP")); // setUp's variable carries into the test
        assertFalse(vm.envExists("MALLORY_NEVER_SET"));
    }

    function test_setEnvIsReadByTheEnvCheats() public {
        vm.setEnv("MALLORY_AMOUNT", "1.5 ether");
        assertEq(vm.envUint("MALLORY_AMOUNT"), 1.5 ether);
        assertEq(vm.envOr("MALLORY_AMOUNT", uint256(7)), 1.5 ether);
        assertEq(vm.envUint("MALLORY_SET_IN_SETUP"), 42);
        vm.setEnv("MALLORY_AMOUNT", "1,2,3"); // set again: the new value
        uint256[] memory list = vm.envUint("MALLORY_AMOUNT", ",");
        assertEq(list.length, 3);
        assertEq(list[2], 3);
        vm.setEnv("MALLORY_EMPTY", "");
        assertTrue(vm.envExists("MALLORY_EMPTY"));
        assertEq(vm.envString("MALLORY_EMPTY"), "");
    }

    function test_setEnvStaysInItsTest() public {
        // test_setEnvIsReadByTheEnvCheats ran first and set MALLORY_AMOUNT in its own session
        assertFalse(vm.envExists("MALLORY_AMOUNT"));
        assertEq(vm.envOr("MALLORY_AMOUNT", uint256(7)), 7);
    }

    function test_setEnvEmptyKey() public {
        vm.setEnv("", "x");
    }

    function test_setEnvKeyWithEqualSign() public {
        vm.setEnv("A=B", "x");
    }

    function test_randomInRange() public {
        for (uint256 i = 0; i < 32; i++) {
            uint256 v = vm.randomUint(10, 12);
            assertGe(v, 10);
            assertLe(v, 12);
        }
        assertEq(vm.randomUint(5, 5), 5);
        assertLe(vm.randomUint(8), 255);
        int256 small = vm.randomInt(8);
        assertTrue(small >= -128 && small <= 127);
        assertEq(vm.randomBytes(40).length, 40);
        assertEq(vm.randomBytes(0).length, 0);
        assertTrue(vm.randomUint() != vm.randomUint()); // a stream, not one value
    }

    function test_randomInAView() public {
        uint256 face = new Dice().roll();
        assertGe(face, 1);
        assertLe(face, 6);
    }

    /// The values a seed gives, logged: the golden files hold them, so they must repeat.
    function test_randomValuesRepeat() public {
        console.log(vm.randomUint());
        console.log(vm.randomUint(1, 100));
        console.log(vm.randomAddress());
        console.log(vm.randomBool());
        console.logInt(vm.randomInt(16));
        console.logBytes4(vm.randomBytes4());
        console.logBytes8(vm.randomBytes8());
        console.logBytes(vm.randomBytes(5));
    }

    function test_randomUintMinAboveMax() public {
        vm.randomUint(2, 1);
    }

    function test_randomBytesAboveTheBound() public {
        vm.randomBytes(2 ** 20 + 1);
    }

    function test_signCompact() public {
        uint256 key = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcc5e29b7ae0d0a5f4;
        bytes32 digest = keccak256("mallory");
        (bytes32 r, bytes32 vs) = vm.signCompact(key, digest);
        (uint8 v, bytes32 r2, bytes32 s) = vm.sign(key, digest);
        assertEq(r, r2);
        // EIP-2098: s without its top bit, v - 27 in it
        bytes32 lowS = vs & bytes32(uint256(type(uint256).max >> 1));
        uint8 recoveredV = uint8(uint256(vs) >> 255) + 27;
        assertEq(lowS, s);
        assertEq(recoveredV, v);
        assertEq(ecrecover(digest, recoveredV, r, lowS), vm.addr(key));
    }
}
