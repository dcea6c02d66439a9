// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "./Vm.sol";
import "./console.sol";
import "./StdInvariant.sol";

/// Mallory's built-in Foundry-style test base (LANGUAGE.md §7). A contract `XTest is Test` has
/// `setUp()` and `test*()` functions; `mallory test` runs them. Failed assertions revert with
/// a message, so a test fails exactly when it reverts (or, for `testFail*`, when it does not).
abstract contract Test is StdInvariant {
    /// Foundry's cheatcode address: keccak256("hevm cheat code") truncated to 20 bytes.
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    bool private _failed;

    /// Marks the test failed and stops it.
    function fail() internal virtual {
        _failed = true;
        revert("test failed");
    }

    function failed() public view returns (bool) {
        return _failed;
    }

    /// A deterministic address for a name: address(uint160(uint256(keccak256(name)))),
    /// labelled with the name, as forge-std does.
    function makeAddr(string memory name) internal virtual returns (address addr) {
        addr = address(uint160(uint256(keccak256(abi.encodePacked(name)))));
        vm.label(addr, name);
    }

    // ---- assertTrue / assertFalse ----
    function assertTrue(bool condition) internal pure virtual {
        require(condition, "assertion failed: expected true");
    }

    function assertTrue(bool condition, string memory err) internal pure virtual {
        require(condition, err);
    }

    function assertFalse(bool condition) internal pure virtual {
        require(!condition, "assertion failed: expected false");
    }

    function assertFalse(bool condition, string memory err) internal pure virtual {
        require(!condition, err);
    }

    // ---- assertEq ----
    function assertEq(uint256 left, uint256 right) internal pure virtual {
        require(left == right, "assertion failed: left == right (uint256)");
    }

    function assertEq(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left == right, err);
    }

    function assertEq(int256 left, int256 right) internal pure virtual {
        require(left == right, "assertion failed: left == right (int256)");
    }

    function assertEq(int256 left, int256 right, string memory err) internal pure virtual {
        require(left == right, err);
    }

    function assertEq(address left, address right) internal pure virtual {
        require(left == right, "assertion failed: left == right (address)");
    }

    function assertEq(address left, address right, string memory err) internal pure virtual {
        require(left == right, err);
    }

    function assertEq(bool left, bool right) internal pure virtual {
        require(left == right, "assertion failed: left == right (bool)");
    }

    function assertEq(bool left, bool right, string memory err) internal pure virtual {
        require(left == right, err);
    }

    function assertEq(bytes32 left, bytes32 right) internal pure virtual {
        require(left == right, "assertion failed: left == right (bytes32)");
    }

    function assertEq(bytes32 left, bytes32 right, string memory err) internal pure virtual {
        require(left == right, err);
    }

    // ---- assertNotEq ----
    function assertNotEq(uint256 left, uint256 right) internal pure virtual {
        require(left != right, "assertion failed: left != right (uint256)");
    }

    function assertNotEq(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left != right, err);
    }

    function assertNotEq(int256 left, int256 right) internal pure virtual {
        require(left != right, "assertion failed: left != right (int256)");
    }

    function assertNotEq(int256 left, int256 right, string memory err) internal pure virtual {
        require(left != right, err);
    }

    function assertNotEq(address left, address right) internal pure virtual {
        require(left != right, "assertion failed: left != right (address)");
    }

    function assertNotEq(address left, address right, string memory err) internal pure virtual {
        require(left != right, err);
    }

    function assertNotEq(bool left, bool right) internal pure virtual {
        require(left != right, "assertion failed: left != right (bool)");
    }

    function assertNotEq(bool left, bool right, string memory err) internal pure virtual {
        require(left != right, err);
    }

    function assertNotEq(bytes32 left, bytes32 right) internal pure virtual {
        require(left != right, "assertion failed: left != right (bytes32)");
    }

    function assertNotEq(bytes32 left, bytes32 right, string memory err) internal pure virtual {
        require(left != right, err);
    }

    // ---- ordering (uint256 and int256) ----
    function assertGt(uint256 left, uint256 right) internal pure virtual {
        require(left > right, "assertion failed: left > right");
    }

    function assertGt(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left > right, err);
    }

    function assertGt(int256 left, int256 right) internal pure virtual {
        require(left > right, "assertion failed: left > right");
    }

    function assertGt(int256 left, int256 right, string memory err) internal pure virtual {
        require(left > right, err);
    }

    function assertGe(uint256 left, uint256 right) internal pure virtual {
        require(left >= right, "assertion failed: left >= right");
    }

    function assertGe(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left >= right, err);
    }

    function assertGe(int256 left, int256 right) internal pure virtual {
        require(left >= right, "assertion failed: left >= right");
    }

    function assertGe(int256 left, int256 right, string memory err) internal pure virtual {
        require(left >= right, err);
    }

    function assertLt(uint256 left, uint256 right) internal pure virtual {
        require(left < right, "assertion failed: left < right");
    }

    function assertLt(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left < right, err);
    }

    function assertLt(int256 left, int256 right) internal pure virtual {
        require(left < right, "assertion failed: left < right");
    }

    function assertLt(int256 left, int256 right, string memory err) internal pure virtual {
        require(left < right, err);
    }

    function assertLe(uint256 left, uint256 right) internal pure virtual {
        require(left <= right, "assertion failed: left <= right");
    }

    function assertLe(uint256 left, uint256 right, string memory err) internal pure virtual {
        require(left <= right, err);
    }

    function assertLe(int256 left, int256 right) internal pure virtual {
        require(left <= right, "assertion failed: left <= right");
    }

    function assertLe(int256 left, int256 right, string memory err) internal pure virtual {
        require(left <= right, err);
    }

    // ---- StdCheats: deal, hoax, startHoax (as forge-std: hoax gives 2^128 wei by default) ----
    function deal(address to, uint256 give) internal virtual {
        vm.deal(to, give);
    }

    function hoax(address msgSender) internal virtual {
        vm.deal(msgSender, 1 << 128);
        vm.prank(msgSender);
    }

    function hoax(address msgSender, uint256 give) internal virtual {
        vm.deal(msgSender, give);
        vm.prank(msgSender);
    }

    function hoax(address msgSender, address origin) internal virtual {
        vm.deal(msgSender, 1 << 128);
        vm.prank(msgSender, origin);
    }

    function hoax(address msgSender, address origin, uint256 give) internal virtual {
        vm.deal(msgSender, give);
        vm.prank(msgSender, origin);
    }

    function startHoax(address msgSender) internal virtual {
        vm.deal(msgSender, 1 << 128);
        vm.startPrank(msgSender);
    }

    function startHoax(address msgSender, uint256 give) internal virtual {
        vm.deal(msgSender, give);
        vm.startPrank(msgSender);
    }

    function startHoax(address msgSender, address origin) internal virtual {
        vm.deal(msgSender, 1 << 128);
        vm.startPrank(msgSender, origin);
    }

    function startHoax(address msgSender, address origin, uint256 give) internal virtual {
        vm.deal(msgSender, give);
        vm.startPrank(msgSender, origin);
    }
}
