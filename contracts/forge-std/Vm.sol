// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// Foundry's cheatcodes, the subset Mallory implements (LANGUAGE.md §7). The VM recognises calls
/// to the cheatcode address 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D by their selectors, which
/// are the same as Foundry's: the signatures below match forge-std's Vm.sol exactly.
interface Vm {
    /// Sets the ether balance of `who` to `newBalance` wei.
    function deal(address who, uint256 newBalance) external;
    /// The next call (only) is made with msg.sender == `msgSender`.
    function prank(address msgSender) external;
    /// The next call (only) is made with msg.sender == `msgSender` and tx.origin == `txOrigin`.
    function prank(address msgSender, address txOrigin) external;
    /// All calls until stopPrank() are made with msg.sender == `msgSender`.
    function startPrank(address msgSender) external;
    function stopPrank() external;
    /// Sets block.timestamp.
    function warp(uint256 newTimestamp) external;
    /// Sets block.number.
    function roll(uint256 newHeight) external;
    /// The next call must revert (with any data / with exactly `revertData` / with that
    /// 4-byte selector).
    function expectRevert() external;
    function expectRevert(bytes memory revertData) external;
    function expectRevert(bytes4 revertData) external;
    /// The next emitted event must match the one emitted next by the test: which topics and
    /// whether the data are compared.
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData) external;
    function expectEmit() external;
    /// Names an address in traces.
    function label(address account, string memory newLabel) external;
    /// The address of a private key.
    function addr(uint256 privateKey) external pure returns (address keyAddr);
    /// All calls until stopPrank() are made with msg.sender == `msgSender` and tx.origin ==
    /// `txOrigin`.
    function startPrank(address msgSender, address txOrigin) external;
    /// Writes `value` to storage slot `slot` of `target`.
    function store(address target, bytes32 slot, bytes32 value) external;
    /// Reads storage slot `slot` of `target`.
    function load(address target, bytes32 slot) external view returns (bytes32 data);
    /// Calls to `callee` whose calldata starts with `data` return `returnData` without running
    /// the callee (the longest matching `data` wins; an account without code gets one byte).
    function mockCall(address callee, bytes calldata data, bytes calldata returnData) external;
    /// The same, reverting with `revertData`.
    function mockCallRevert(address callee, bytes calldata data, bytes calldata revertData) external;
    /// Forgets every mocked call.
    function clearMockedCalls() external;
    /// The test fails unless a call to `callee` whose calldata starts with `data` is made.
    function expectCall(address callee, bytes calldata data) external;
}
