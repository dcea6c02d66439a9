// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// Foundry's cheatcodes, the subset Mallory implements (LANGUAGE.md §7). The VM recognises calls
/// to the cheatcode address 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D by their selectors, which
/// are the same as Foundry's: the signatures below match forge-std's Vm.sol exactly.
interface Vm {
    /// A log recorded by recordLogs(), laid out as forge-std's (the field order is the ABI).
    struct Log {
        /// The topics, topic 0 (the event's signature hash) first unless the event is anonymous.
        bytes32[] topics;
        /// The ABI-encoded non-indexed arguments.
        bytes data;
        /// The contract that emitted it.
        address emitter;
    }

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
    /// The next call must revert (with any data / with exactly `revertData`, which may also be
    /// the text of an Error(string)).
    function expectRevert() external;
    function expectRevert(bytes memory revertData) external;
    function expectRevert(bytes4 revertData) external;
    /// The same, and the revert must come from `reverter` (the innermost call that reverted).
    function expectRevert(bytes4 revertData, address reverter) external;
    function expectRevert(bytes memory revertData, address reverter) external;
    function expectRevert(address reverter) external;
    /// The next `count` calls must revert so; a count of 0: the next call must not.
    function expectRevert(uint64 count) external;
    function expectRevert(bytes4 revertData, uint64 count) external;
    function expectRevert(bytes memory revertData, uint64 count) external;
    function expectRevert(address reverter, uint64 count) external;
    function expectRevert(bytes4 revertData, address reverter, uint64 count) external;
    function expectRevert(bytes memory revertData, address reverter, uint64 count) external;
    /// The next call must revert with data that starts with the selector `revertData` (a custom
    /// error with any arguments).
    function expectPartialRevert(bytes4 revertData) external;
    function expectPartialRevert(bytes4 revertData, address reverter) external;
    /// The next emitted event must match the one emitted next by the test: which topics and
    /// whether the data are compared.
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData) external;
    function expectEmit() external;
    /// The same, and the event must be emitted by `emitter`.
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData, address emitter)
        external;
    function expectEmit(address emitter) external;
    /// The same for an anonymous event: it has no signature topic, so its first topic (its
    /// first indexed parameter) is compared as `checkTopic0` says.
    function expectEmitAnonymous(bool checkTopic0, bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData)
        external;
    function expectEmitAnonymous() external;
    function expectEmitAnonymous(
        bool checkTopic0,
        bool checkTopic1,
        bool checkTopic2,
        bool checkTopic3,
        bool checkData,
        address emitter
    ) external;
    function expectEmitAnonymous(address emitter) external;
    /// Names an address in traces.
    function label(address account, string memory newLabel) external;
    /// The address of a private key.
    function addr(uint256 privateKey) external pure returns (address keyAddr);
    /// Records the storage slots every account's code reads and writes from the next call on
    /// (forgetting what was recorded before).
    function record() external;
    /// Stops recording storage accesses; what was recorded stays readable.
    function stopRecord() external;
    /// The slots `target`'s storage was read at and written at since record(), in order (a write
    /// is also a read).
    function accesses(address target) external returns (bytes32[] memory readSlots, bytes32[] memory writeSlots);
    /// The nonce of `account`.
    function getNonce(address account) external view returns (uint64 nonce);
    /// Sets the nonce of `account`, which may not be lower than it is.
    function setNonce(address account, uint64 newNonce) external;
    /// Sets the nonce of `account` to any value.
    function setNonceUnsafe(address account, uint64 newNonce) external;
    /// Resets the nonce of `account`: 0, or 1 for a contract.
    function resetNonce(address account) external;
    /// Signs `digest` with `privateKey`: v (27 or 28), r and s, as ecrecover takes them.
    function sign(uint256 privateKey, bytes32 digest) external pure returns (uint8 v, bytes32 r, bytes32 s);
    /// The same signature in EIP-2098's compact form: r, and vs = s with v - 27 in its top bit.
    function signCompact(uint256 privateKey, bytes32 digest) external pure returns (bytes32 r, bytes32 vs);
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
    /// The test fails unless a call to `callee` whose calldata starts with `data` (and with
    /// `msgValue`, when given) is made: at least once per such expectation, or exactly `count`
    /// times.
    function expectCall(address callee, bytes calldata data) external;
    function expectCall(address callee, uint256 msgValue, bytes calldata data) external;
    function expectCall(address callee, bytes calldata data, uint64 count) external;
    function expectCall(address callee, uint256 msgValue, bytes calldata data, uint64 count) external;
    /// The creation code of a contract compiled with the test, by forge's artifact name:
    /// "File.sol:Name", "File.sol" (its one contract) or "Name". It is Mallory's code, which
    /// `create` deploys as `new` would (forge-std's deployCode does).
    function getCode(string calldata artifactPath) external view returns (bytes memory creationBytecode);
    /// The code a deployment of the contract holds: Mallory's code, the same bytes as getCode
    /// (its one container holds the constructor and the functions).
    function getDeployedCode(string calldata artifactPath) external view returns (bytes memory runtimeBytecode);
    /// Places code at `target` without running a constructor: Mallory code only (from
    /// getDeployedCode or getCode), since Mallory's VM does not run EVM bytecode.
    function etch(address target, bytes calldata newRuntimeBytecode) external;
    /// The label vm.label gave `account` ("unlabeled:0x…" when none).
    function getLabel(address account) external view returns (string memory currentLabel);
    /// Gas metering: Mallory reports each call's gas as it is, so these change nothing.
    function pauseGasMetering() external;
    function resumeGasMetering() external;
    /// The address CREATE2 gives `initCodeHash` deployed with `salt` by `deployer` (by forge's
    /// CREATE2 factory, 0x4e59b44847b379578588920cA78FbF26c0B4956C, when none is given).
    function computeCreate2Address(bytes32 salt, bytes32 initCodeHash, address deployer)
        external
        pure
        returns (address);
    function computeCreate2Address(bytes32 salt, bytes32 initCodeHash) external pure returns (address);
    /// The address CREATE gives the contract `deployer` creates with nonce `nonce`.
    function computeCreateAddress(address deployer, uint256 nonce) external pure returns (address);
    /// Starts recording every log emitted from now on (forgetting any recorded before); logs of
    /// calls that revert are not kept.
    function recordLogs() external;
    /// The logs recorded since recordLogs() or the last getRecordedLogs(), in order; empties the
    /// recording (an empty array when recordLogs() was never called).
    function getRecordedLogs() external returns (Log[] memory logs);

    /// Snapshots the state (storage, balances, code, logs) and the block; returns its id.
    /// Snapshots live until the end of the test.
    function snapshotState() external returns (uint256 snapshotId);
    /// Restores snapshot `snapshotId` (it stays usable); false when there is no such snapshot.
    function revertToState(uint256 snapshotId) external returns (bool success);
    function revertToStateAndDelete(uint256 snapshotId) external returns (bool success);
    function deleteStateSnapshot(uint256 snapshotId) external returns (bool success);
    function deleteStateSnapshots() external;
    /// The same under their names before forge-std 1.9.
    function snapshot() external returns (uint256 snapshotId);
    function revertTo(uint256 snapshotId) external returns (bool success);
    function revertToAndDelete(uint256 snapshotId) external returns (bool success);
    function deleteSnapshot(uint256 snapshotId) external returns (bool success);

    /// The block and the transaction: block.chainid, block.basefee, block.coinbase,
    /// block.prevrandao, tx.gasprice, blockhash(n); and the current block's timestamp and number.
    function chainId(uint256 newChainId) external;
    function fee(uint256 newBasefee) external;
    function coinbase(address newCoinbase) external;
    function prevrandao(bytes32 newPrevrandao) external;
    function prevrandao(uint256 newPrevrandao) external;
    function txGasPrice(uint256 newGasPrice) external;
    function setBlockhash(uint256 blockNumber, bytes32 blockHash) external;
    function getBlockTimestamp() external view returns (uint256 timestamp);
    function getBlockNumber() external view returns (uint256 height);

    /// A value as text: addresses checksummed, bytes32 and bytes as 0x-hex, integers in decimal.
    function toString(address value) external pure returns (string memory stringifiedValue);
    function toString(uint256 value) external pure returns (string memory stringifiedValue);
    function toString(int256 value) external pure returns (string memory stringifiedValue);
    function toString(bool value) external pure returns (string memory stringifiedValue);
    function toString(bytes32 value) external pure returns (string memory stringifiedValue);
    function toString(bytes calldata value) external pure returns (string memory stringifiedValue);

    /// Text read as a value as forge reads it (uint: decimal, 0x/0o/0b, a fraction and an ether
    /// unit; int: the same with a sign; bool: true/false in any case, 1/0; address, bytes32 and
    /// bytes: hex, 0x optional): a revert, "vm.parseUint: failed parsing ...", when it is not.
    function parseBytes(string calldata stringifiedValue) external pure returns (bytes memory parsedValue);
    function parseAddress(string calldata stringifiedValue) external pure returns (address parsedValue);
    function parseUint(string calldata stringifiedValue) external pure returns (uint256 parsedValue);
    function parseInt(string calldata stringifiedValue) external pure returns (int256 parsedValue);
    function parseBytes32(string calldata stringifiedValue) external pure returns (bytes32 parsedValue);
    function parseBool(string calldata stringifiedValue) external pure returns (bool parsedValue);
    /// String operations with Rust's str semantics (forge's): ASCII case, Unicode whitespace
    /// trimmed, every occurrence replaced, split (an empty delimiter splits around every
    /// character), the byte index of the first occurrence (type(uint256).max when none).
    function toLowercase(string calldata input) external pure returns (string memory output);
    function toUppercase(string calldata input) external pure returns (string memory output);
    function trim(string calldata input) external pure returns (string memory output);
    function replace(string calldata input, string calldata from, string calldata to)
        external
        pure
        returns (string memory output);
    function split(string calldata input, string calldata delimiter) external pure returns (string[] memory outputs);
    function indexOf(string calldata input, string calldata key) external pure returns (uint256);
    /// Not pure in forge-std's Vm.sol either.
    function contains(string calldata subject, string calldata search) external returns (bool result);

    /// Scripts: the next call (broadcast) or every call until stopBroadcast (startBroadcast) is
    /// made as a transaction of the signer (msg.sender and tx.origin): the script's sender
    /// without an argument, else that address or the address of that private key.
    function broadcast() external;
    function broadcast(address signer) external;
    function broadcast(uint256 privateKey) external;
    function startBroadcast() external;
    function startBroadcast(address signer) external;
    function startBroadcast(uint256 privateKey) external;
    function stopBroadcast() external;
    /// Environment variables read as a type, as vm.parseUint etc. read text ("1.5 ether", "0x10"):
    /// an error when unset or not of that type, where envOr gives its default. The forms with a
    /// delimiter read a list: split at it, each element trimmed ("" is the empty list).
    function envUint(string calldata name) external view returns (uint256 value);
    function envInt(string calldata name) external view returns (int256 value);
    function envAddress(string calldata name) external view returns (address value);
    function envBool(string calldata name) external view returns (bool value);
    function envBytes32(string calldata name) external view returns (bytes32 value);
    function envString(string calldata name) external view returns (string memory value);
    function envBytes(string calldata name) external view returns (bytes memory value);
    function envUint(string calldata name, string calldata delim) external view returns (uint256[] memory value);
    function envInt(string calldata name, string calldata delim) external view returns (int256[] memory value);
    function envAddress(string calldata name, string calldata delim) external view returns (address[] memory value);
    function envBool(string calldata name, string calldata delim) external view returns (bool[] memory value);
    function envBytes32(string calldata name, string calldata delim) external view returns (bytes32[] memory value);
    function envString(string calldata name, string calldata delim) external view returns (string[] memory value);
    function envBytes(string calldata name, string calldata delim) external view returns (bytes[] memory value);
    function envOr(string calldata name, uint256 defaultValue) external view returns (uint256 value);
    function envOr(string calldata name, int256 defaultValue) external view returns (int256 value);
    function envOr(string calldata name, address defaultValue) external view returns (address value);
    function envOr(string calldata name, bool defaultValue) external view returns (bool value);
    function envOr(string calldata name, bytes32 defaultValue) external view returns (bytes32 value);
    function envOr(string calldata name, string calldata defaultValue) external view returns (string memory value);
    function envOr(string calldata name, bytes calldata defaultValue) external view returns (bytes memory value);
    function envOr(string calldata name, string calldata delim, uint256[] calldata defaultValue) external view returns (uint256[] memory value);
    function envOr(string calldata name, string calldata delim, int256[] calldata defaultValue) external view returns (int256[] memory value);
    function envOr(string calldata name, string calldata delim, address[] calldata defaultValue) external view returns (address[] memory value);
    function envOr(string calldata name, string calldata delim, bool[] calldata defaultValue) external view returns (bool[] memory value);
    function envOr(string calldata name, string calldata delim, bytes32[] calldata defaultValue) external view returns (bytes32[] memory value);
    function envOr(string calldata name, string calldata delim, string[] calldata defaultValue) external view returns (string[] memory value);
    function envOr(string calldata name, string calldata delim, bytes[] calldata defaultValue) external view returns (bytes[] memory value);
    /// Whether the environment variable `name` is set (by vm.setEnv or in the environment).
    function envExists(string calldata name) external view returns (bool result);
    /// Sets `name` to `value` for the rest of this test (or script), for the env cheatcodes only:
    /// Mallory does not change its process's environment. A name that is empty or contains `=`,
    /// or a NUL in the name or value, is refused with forge's message.
    function setEnv(string calldata name, string calldata value) external;

    // ---- random values: drawn from a stream seeded by --fuzz-seed and the test's name, so the
    // same run gives the same values ----
    /// Any uint256.
    function randomUint() external returns (uint256);
    /// A uint256 in [min, max]; min > max reverts.
    function randomUint(uint256 min, uint256 max) external returns (uint256);
    /// A uint256 below 2^bits (bits at most 256).
    function randomUint(uint256 bits) external view returns (uint256);
    /// Any address.
    function randomAddress() external returns (address);
    /// Any int256.
    function randomInt() external view returns (int256);
    /// An int256 that fits in `bits` bits (bits at most 256).
    function randomInt(uint256 bits) external view returns (int256);
    /// true or false.
    function randomBool() external view returns (bool);
    /// `len` random bytes (Mallory: at most 1 MiB).
    function randomBytes(uint256 len) external view returns (bytes memory);
    function randomBytes4() external view returns (bytes4);
    function randomBytes8() external view returns (bytes8);

    // ---- files: paths resolve against the project root (the directory mallory runs in); one
    // that leads outside it, through `..` or a link, reverts ("the path ... is not allowed to be
    // accessed for read operations"); files above 16 MiB are not read ----
    /// The project root, absolute.
    function projectRoot() external view returns (string memory path);
    function exists(string calldata path) external view returns (bool result);
    function isFile(string calldata path) external view returns (bool result);
    function isDir(string calldata path) external view returns (bool result);
    function readFile(string calldata path) external view returns (string memory data);
    function readFileBinary(string calldata path) external view returns (bytes memory data);
    /// The file's next line without its line ending ("" at its end), from where the last call
    /// on that file left off.
    function readLine(string calldata path) external view returns (string memory line);
    /// Replaces the file (created if missing; its directory must exist).
    function writeFile(string calldata path, string calldata data) external;
    /// Appends `data` and a newline to the file (created if missing).
    function writeLine(string calldata path, string calldata data) external;
    function removeFile(string calldata path) external;

    // ---- verdicts: assumptions, skips and assertions (forge-std >= 1.8 asserts through these) ----
    /// Rejects the current fuzz input when `condition` is false (the run is not counted).
    function assume(bool condition) external pure;
    /// Rejects the current fuzz input when the next call reverts.
    function assumeNoRevert() external pure;
    /// Marks the test skipped when `skipTest` is true (it stops there and neither passes nor fails).
    function skip(bool skipTest) external;
    /// Assertions: a failure reverts with "assertion failed: 5 != 6", or "error: 5 != 6" with a message.
    function assertTrue(bool condition) external pure;
    function assertTrue(bool condition, string memory error) external pure;
    function assertFalse(bool condition) external pure;
    function assertFalse(bool condition, string memory error) external pure;
    function assertEq(uint256 left, uint256 right) external pure;
    function assertEq(uint256 left, uint256 right, string memory error) external pure;
    function assertEq(int256 left, int256 right) external pure;
    function assertEq(int256 left, int256 right, string memory error) external pure;
    function assertEq(address left, address right) external pure;
    function assertEq(address left, address right, string memory error) external pure;
    function assertEq(bool left, bool right) external pure;
    function assertEq(bool left, bool right, string memory error) external pure;
    function assertEq(bytes32 left, bytes32 right) external pure;
    function assertEq(bytes32 left, bytes32 right, string memory error) external pure;
    function assertEq(string memory left, string memory right) external pure;
    function assertEq(string memory left, string memory right, string memory error) external pure;
    function assertEq(bytes memory left, bytes memory right) external pure;
    function assertEq(bytes memory left, bytes memory right, string memory error) external pure;
    /// Arrays compare element by element.
    function assertEq(uint256[] calldata left, uint256[] calldata right) external pure;
    function assertEq(uint256[] calldata left, uint256[] calldata right, string calldata error) external pure;
    function assertEq(int256[] calldata left, int256[] calldata right) external pure;
    function assertEq(int256[] calldata left, int256[] calldata right, string calldata error) external pure;
    function assertEq(address[] calldata left, address[] calldata right) external pure;
    function assertEq(address[] calldata left, address[] calldata right, string calldata error) external pure;
    function assertEq(bool[] calldata left, bool[] calldata right) external pure;
    function assertEq(bool[] calldata left, bool[] calldata right, string calldata error) external pure;
    function assertEq(bytes32[] calldata left, bytes32[] calldata right) external pure;
    function assertEq(bytes32[] calldata left, bytes32[] calldata right, string calldata error) external pure;
    function assertNotEq(uint256[] calldata left, uint256[] calldata right) external pure;
    function assertNotEq(uint256[] calldata left, uint256[] calldata right, string calldata error) external pure;
    function assertNotEq(int256[] calldata left, int256[] calldata right) external pure;
    function assertNotEq(int256[] calldata left, int256[] calldata right, string calldata error) external pure;
    function assertNotEq(address[] calldata left, address[] calldata right) external pure;
    function assertNotEq(address[] calldata left, address[] calldata right, string calldata error) external pure;
    function assertNotEq(bool[] calldata left, bool[] calldata right) external pure;
    function assertNotEq(bool[] calldata left, bool[] calldata right, string calldata error) external pure;
    function assertNotEq(bytes32[] calldata left, bytes32[] calldata right) external pure;
    function assertNotEq(bytes32[] calldata left, bytes32[] calldata right, string calldata error) external pure;
    function assertNotEq(uint256 left, uint256 right) external pure;
    function assertNotEq(uint256 left, uint256 right, string memory error) external pure;
    function assertNotEq(int256 left, int256 right) external pure;
    function assertNotEq(int256 left, int256 right, string memory error) external pure;
    function assertNotEq(address left, address right) external pure;
    function assertNotEq(address left, address right, string memory error) external pure;
    function assertNotEq(bool left, bool right) external pure;
    function assertNotEq(bool left, bool right, string memory error) external pure;
    function assertNotEq(bytes32 left, bytes32 right) external pure;
    function assertNotEq(bytes32 left, bytes32 right, string memory error) external pure;
    function assertNotEq(string memory left, string memory right) external pure;
    function assertNotEq(string memory left, string memory right, string memory error) external pure;
    function assertNotEq(bytes memory left, bytes memory right) external pure;
    function assertNotEq(bytes memory left, bytes memory right, string memory error) external pure;
    function assertLt(uint256 left, uint256 right) external pure;
    function assertLt(uint256 left, uint256 right, string memory error) external pure;
    function assertLt(int256 left, int256 right) external pure;
    function assertLt(int256 left, int256 right, string memory error) external pure;
    function assertGt(uint256 left, uint256 right) external pure;
    function assertGt(uint256 left, uint256 right, string memory error) external pure;
    function assertGt(int256 left, int256 right) external pure;
    function assertGt(int256 left, int256 right, string memory error) external pure;
    function assertLe(uint256 left, uint256 right) external pure;
    function assertLe(uint256 left, uint256 right, string memory error) external pure;
    function assertLe(int256 left, int256 right) external pure;
    function assertLe(int256 left, int256 right, string memory error) external pure;
    function assertGe(uint256 left, uint256 right) external pure;
    function assertGe(uint256 left, uint256 right, string memory error) external pure;
    function assertGe(int256 left, int256 right) external pure;
    function assertGe(int256 left, int256 right, string memory error) external pure;
    function assertApproxEqAbs(uint256 left, uint256 right, uint256 maxDelta) external pure;
    function assertApproxEqAbs(uint256 left, uint256 right, uint256 maxDelta, string memory error) external pure;
    function assertApproxEqAbs(int256 left, int256 right, uint256 maxDelta) external pure;
    function assertApproxEqAbs(int256 left, int256 right, uint256 maxDelta, string memory error) external pure;
    /// |left - right| at most maxPercentDelta of |right|, 1e18 being 100%.
    function assertApproxEqRel(uint256 left, uint256 right, uint256 maxPercentDelta) external pure;
    function assertApproxEqRel(uint256 left, uint256 right, uint256 maxPercentDelta, string memory error) external pure;
    function assertApproxEqRel(int256 left, int256 right, uint256 maxPercentDelta) external pure;
    function assertApproxEqRel(int256 left, int256 right, uint256 maxPercentDelta, string memory error) external pure;
    /// The integer assertions again with the values' decimals last (after the delta of an
    /// approximate one): a failure shows the values as amounts, "1.500000000000000000".
    function assertEqDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertEqDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertEqDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertEqDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertNotEqDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertNotEqDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertNotEqDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertNotEqDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertLtDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertLtDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertLtDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertLtDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertGtDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertGtDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertGtDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertGtDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertLeDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertLeDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertLeDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertLeDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertGeDecimal(uint256 left, uint256 right, uint256 decimals) external pure;
    function assertGeDecimal(uint256 left, uint256 right, uint256 decimals, string memory error) external pure;
    function assertGeDecimal(int256 left, int256 right, uint256 decimals) external pure;
    function assertGeDecimal(int256 left, int256 right, uint256 decimals, string memory error) external pure;
    function assertApproxEqAbsDecimal(uint256 left, uint256 right, uint256 maxDelta, uint256 decimals) external pure;
    function assertApproxEqAbsDecimal(uint256 left, uint256 right, uint256 maxDelta, uint256 decimals, string memory error) external pure;
    function assertApproxEqAbsDecimal(int256 left, int256 right, uint256 maxDelta, uint256 decimals) external pure;
    function assertApproxEqAbsDecimal(int256 left, int256 right, uint256 maxDelta, uint256 decimals, string memory error) external pure;
    function assertApproxEqRelDecimal(uint256 left, uint256 right, uint256 maxPercentDelta, uint256 decimals) external pure;
    function assertApproxEqRelDecimal(uint256 left, uint256 right, uint256 maxPercentDelta, uint256 decimals, string memory error) external pure;
    function assertApproxEqRelDecimal(int256 left, int256 right, uint256 maxPercentDelta, uint256 decimals) external pure;
    function assertApproxEqRelDecimal(int256 left, int256 right, uint256 maxPercentDelta, uint256 decimals, string memory error) external pure;
}
