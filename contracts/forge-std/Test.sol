// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "./Vm.sol";
import "./console.sol";
import "./console2.sol";
import "./StdInvariant.sol";
import {stdError} from "./StdError.sol";
import {stdStorage, StdStorage, FindData} from "./StdStorage.sol";

/// Mallory's built-in Foundry-style test base (LANGUAGE.md §7). A contract `XTest is Test` has
/// `setUp()` and `test*()` functions; `mallory test` runs them. Failed assertions revert with
/// a message, so a test fails exactly when it reverts (or, for `testFail*`, when it does not).
abstract contract Test is StdInvariant {
    /// Foundry's cheatcode address: keccak256("hevm cheat code") truncated to 20 bytes.
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    bool private _failed;

    /// forge-std's stdstore (StdStorage.sol): `using stdStorage for StdStorage;` in a test, then
    /// `stdstore.target(t).sig("balanceOf(address)").with_key(who).checked_write(amount)`.
    StdStorage internal stdstore;

    // DSTest's log events, as forge-std declares them: `emit log_named_uint("x", x)` shows
    // "x: 5" under "Logs:" (-vv, and with a failing test), next to console.log's lines.
    event log(string);
    event logs(bytes);
    event log_address(address);
    event log_bytes32(bytes32);
    event log_int(int256);
    event log_uint(uint256);
    event log_bytes(bytes);
    event log_string(string);
    event log_named_address(string key, address val);
    event log_named_bytes32(string key, bytes32 val);
    event log_named_decimal_int(string key, int256 val, uint256 decimals);
    event log_named_decimal_uint(string key, uint256 val, uint256 decimals);
    event log_named_int(string key, int256 val);
    event log_named_uint(string key, uint256 val);
    event log_named_bytes(string key, bytes val);
    event log_named_string(string key, string val);
    event log_array(uint256[] val);
    event log_array(int256[] val);
    event log_array(address[] val);
    event log_named_array(string key, uint256[] val);
    event log_named_array(string key, int256[] val);
    event log_named_array(string key, address[] val);

    /// Marks the test failed and goes on, as forge-std does: the flag lives at the cheatcode
    /// address (slot "failed"), where `mallory test` reads it when the test ends, so a failure
    /// recorded in a call that later reverts is undone with it.
    function fail() internal virtual {
        vm.store(address(vm), bytes32("failed"), bytes32(uint256(1)));
        _failed = true;
    }

    function failed() public view returns (bool) {
        return _failed || vm.load(address(vm), bytes32("failed")) != bytes32(0);
    }

    /// A deterministic address for a name: address(uint160(uint256(keccak256(name)))),
    /// labelled with the name, as forge-std does.
    function makeAddr(string memory name) internal virtual returns (address addr) {
        addr = address(uint160(uint256(keccak256(abi.encodePacked(name)))));
        vm.label(addr, name);
    }

    /// makeAddr's address with its private key: the key is keccak256(name), as forge-std's.
    function makeAddrAndKey(string memory name) internal virtual returns (address addr, uint256 privateKey) {
        privateKey = uint256(keccak256(abi.encodePacked(name)));
        addr = vm.addr(privateKey);
        vm.label(addr, name);
    }

    /// The address `deployer` creates with CREATE at `nonce`: the last 20 bytes of
    /// keccak256(rlp([deployer, nonce])), as forge-std's StdUtils computes it.
    function computeCreateAddress(address deployer, uint256 nonce) internal pure virtual returns (address) {
        require(nonce < type(uint64).max, "nonce must be less than 2^64 - 1");
        bytes memory rlp;
        if (nonce == 0) rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, bytes1(0x80));
        else if (nonce <= 0x7f) rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, uint8(nonce));
        else {
            // The nonce's big-endian bytes without leading zeros, after 0x80 + their count.
            uint256 width = 1;
            while (width < 8 && nonce >> (8 * width) != 0) width++;
            bytes memory digits = new bytes(width);
            for (uint256 i = 0; i < width; i++) digits[width - 1 - i] = bytes1(uint8(nonce >> (8 * i)));
            rlp = abi.encodePacked(bytes1(uint8(0xd6 + width)), bytes1(0x94), deployer, bytes1(uint8(0x80 + width)), digits);
        }
        return address(uint160(uint256(keccak256(rlp))));
    }

    /// forge's CREATE2 factory, the deployer computeCreate2Address assumes when none is named.
    address internal constant CREATE2_FACTORY = 0x4e59b44847b379578588920cA78FbF26c0B4956C;

    /// The address CREATE2 gives code whose init code hashes to `initcodeHash`, deployed by
    /// `deployer` with `salt` (EIP-1014), as forge-std's StdUtils computes it.
    function computeCreate2Address(bytes32 salt, bytes32 initcodeHash, address deployer)
        internal
        pure
        virtual
        returns (address)
    {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), deployer, salt, initcodeHash)))));
    }

    function computeCreate2Address(bytes32 salt, bytes32 initCodeHash) internal pure returns (address) {
        return computeCreate2Address(salt, initCodeHash, CREATE2_FACTORY);
    }

    /// Deploys a contract compiled with the test by its artifact name (vm.getCode), with
    /// ABI-encoded constructor arguments and a value, as forge-std's StdCheats.deployCode.
    function deployCode(string memory what, bytes memory args, uint256 val) internal virtual returns (address addr) {
        bytes memory bytecode = abi.encodePacked(vm.getCode(what), args);
        assembly {
            addr := create(val, add(bytecode, 0x20), mload(bytecode))
        }
        require(addr != address(0), "StdCheats deployCode(string,bytes,uint256): Deployment failed.");
    }

    function deployCode(string memory what, bytes memory args) internal virtual returns (address addr) {
        bytes memory bytecode = abi.encodePacked(vm.getCode(what), args);
        assembly {
            addr := create(0, add(bytecode, 0x20), mload(bytecode))
        }
        require(addr != address(0), "StdCheats deployCode(string,bytes): Deployment failed.");
    }

    function deployCode(string memory what) internal virtual returns (address addr) {
        bytes memory bytecode = vm.getCode(what);
        assembly {
            addr := create(0, add(bytecode, 0x20), mload(bytecode))
        }
        require(addr != address(0), "StdCheats deployCode(string): Deployment failed.");
    }

    function deployCode(string memory what, uint256 val) internal virtual returns (address addr) {
        bytes memory bytecode = vm.getCode(what);
        assembly {
            addr := create(val, add(bytecode, 0x20), mload(bytecode))
        }
        require(addr != address(0), "StdCheats deployCode(string,uint256): Deployment failed.");
    }

    // ---- assertions: through the cheatcodes, which print both values on failure ----
    function assertTrue(bool condition) internal pure virtual {
        vm.assertTrue(condition);
    }

    function assertTrue(bool condition, string memory err) internal pure virtual {
        vm.assertTrue(condition, err);
    }

    function assertFalse(bool condition) internal pure virtual {
        vm.assertFalse(condition);
    }

    function assertFalse(bool condition, string memory err) internal pure virtual {
        vm.assertFalse(condition, err);
    }

    function assertEq(uint256 left, uint256 right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(int256 left, int256 right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(address left, address right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(address left, address right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(bool left, bool right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(bool left, bool right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(bytes32 left, bytes32 right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(bytes32 left, bytes32 right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(string memory left, string memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(string memory left, string memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(bytes memory left, bytes memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(bytes memory left, bytes memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(uint256[] memory left, uint256[] memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(uint256[] memory left, uint256[] memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(int256[] memory left, int256[] memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(int256[] memory left, int256[] memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(address[] memory left, address[] memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(address[] memory left, address[] memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(bool[] memory left, bool[] memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(bool[] memory left, bool[] memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertEq(bytes32[] memory left, bytes32[] memory right) internal pure virtual {
        vm.assertEq(left, right);
    }

    function assertEq(bytes32[] memory left, bytes32[] memory right, string memory err) internal pure virtual {
        vm.assertEq(left, right, err);
    }

    function assertNotEq(uint256[] memory left, uint256[] memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(uint256[] memory left, uint256[] memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(int256[] memory left, int256[] memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(int256[] memory left, int256[] memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(address[] memory left, address[] memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(address[] memory left, address[] memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(bool[] memory left, bool[] memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(bool[] memory left, bool[] memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(bytes32[] memory left, bytes32[] memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(bytes32[] memory left, bytes32[] memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(uint256 left, uint256 right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(int256 left, int256 right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(address left, address right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(address left, address right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(bool left, bool right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(bool left, bool right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(bytes32 left, bytes32 right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(bytes32 left, bytes32 right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(string memory left, string memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(string memory left, string memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertNotEq(bytes memory left, bytes memory right) internal pure virtual {
        vm.assertNotEq(left, right);
    }

    function assertNotEq(bytes memory left, bytes memory right, string memory err) internal pure virtual {
        vm.assertNotEq(left, right, err);
    }

    function assertLt(uint256 left, uint256 right) internal pure virtual {
        vm.assertLt(left, right);
    }

    function assertLt(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertLt(left, right, err);
    }

    function assertLt(int256 left, int256 right) internal pure virtual {
        vm.assertLt(left, right);
    }

    function assertLt(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertLt(left, right, err);
    }

    function assertGt(uint256 left, uint256 right) internal pure virtual {
        vm.assertGt(left, right);
    }

    function assertGt(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertGt(left, right, err);
    }

    function assertGt(int256 left, int256 right) internal pure virtual {
        vm.assertGt(left, right);
    }

    function assertGt(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertGt(left, right, err);
    }

    function assertLe(uint256 left, uint256 right) internal pure virtual {
        vm.assertLe(left, right);
    }

    function assertLe(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertLe(left, right, err);
    }

    function assertLe(int256 left, int256 right) internal pure virtual {
        vm.assertLe(left, right);
    }

    function assertLe(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertLe(left, right, err);
    }

    function assertGe(uint256 left, uint256 right) internal pure virtual {
        vm.assertGe(left, right);
    }

    function assertGe(uint256 left, uint256 right, string memory err) internal pure virtual {
        vm.assertGe(left, right, err);
    }

    function assertGe(int256 left, int256 right) internal pure virtual {
        vm.assertGe(left, right);
    }

    function assertGe(int256 left, int256 right, string memory err) internal pure virtual {
        vm.assertGe(left, right, err);
    }

    function assertApproxEqAbs(uint256 left, uint256 right, uint256 maxDelta) internal pure virtual {
        vm.assertApproxEqAbs(left, right, maxDelta);
    }

    function assertApproxEqAbs(uint256 left, uint256 right, uint256 maxDelta, string memory err) internal pure virtual {
        vm.assertApproxEqAbs(left, right, maxDelta, err);
    }

    function assertApproxEqAbs(int256 left, int256 right, uint256 maxDelta) internal pure virtual {
        vm.assertApproxEqAbs(left, right, maxDelta);
    }

    function assertApproxEqAbs(int256 left, int256 right, uint256 maxDelta, string memory err) internal pure virtual {
        vm.assertApproxEqAbs(left, right, maxDelta, err);
    }

    function assertApproxEqRel(uint256 left, uint256 right, uint256 maxPercentDelta) internal pure virtual {
        vm.assertApproxEqRel(left, right, maxPercentDelta);
    }

    function assertApproxEqRel(uint256 left, uint256 right, uint256 maxPercentDelta, string memory err) internal pure virtual {
        vm.assertApproxEqRel(left, right, maxPercentDelta, err);
    }

    function assertApproxEqRel(int256 left, int256 right, uint256 maxPercentDelta) internal pure virtual {
        vm.assertApproxEqRel(left, right, maxPercentDelta);
    }

    function assertApproxEqRel(int256 left, int256 right, uint256 maxPercentDelta, string memory err) internal pure virtual {
        vm.assertApproxEqRel(left, right, maxPercentDelta, err);
    }

    // ---- bound: forge-std's StdUtils algorithm, so that bounded fuzz inputs agree with forge ----
    uint256 private constant UINT256_MAX = type(uint256).max;
    uint256 private constant INT256_MIN_ABS = 2 ** 255;

    /// `x` wrapped into [min, max]: unchanged inside, 0..3 and max-3..max mapped to the range's
    /// ends (so edge inputs reach the bounds), anything else wrapped modulo the range's size.
    function _bound(uint256 x, uint256 min, uint256 max) internal pure virtual returns (uint256 result) {
        require(min <= max, "StdUtils bound(uint256,uint256,uint256): Max is less than min.");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (x <= 3 && size > x) return min + x;
        if (x >= UINT256_MAX - 3 && size > UINT256_MAX - x) return max - (UINT256_MAX - x);
        if (x > max) {
            uint256 diff = x - max;
            uint256 rem = diff % size;
            if (rem == 0) return max;
            result = min + rem - 1;
        } else if (x < min) {
            uint256 diff = min - x;
            uint256 rem = diff % size;
            if (rem == 0) return min;
            result = max - rem + 1;
        }
    }

    function bound(uint256 x, uint256 min, uint256 max) internal pure virtual returns (uint256 result) {
        // forge-std also logs "Bound result"; from a pure function that needs a cast of a
        // function pointer, outside Mallory's subset, so the value is not logged here.
        result = _bound(x, min, max);
    }

    /// The int256 form: shifted by 2^255 onto uint256, bounded there, shifted back.
    function _bound(int256 x, int256 min, int256 max) internal pure virtual returns (int256 result) {
        require(min <= max, "StdUtils bound(int256,int256,int256): Max is less than min.");
        uint256 _x = x < 0 ? (INT256_MIN_ABS - ~uint256(x) - 1) : (uint256(x) + INT256_MIN_ABS);
        uint256 _min = min < 0 ? (INT256_MIN_ABS - ~uint256(min) - 1) : (uint256(min) + INT256_MIN_ABS);
        uint256 _max = max < 0 ? (INT256_MIN_ABS - ~uint256(max) - 1) : (uint256(max) + INT256_MIN_ABS);
        uint256 y = _bound(_x, _min, _max);
        result = y < INT256_MIN_ABS ? int256(~(INT256_MIN_ABS - y) + 1) : int256(y - INT256_MIN_ABS);
    }

    function bound(int256 x, int256 min, int256 max) internal pure virtual returns (int256 result) {
        // forge-std also logs "Bound result"; from a pure function that needs a cast of a
        // function pointer, outside Mallory's subset, so the value is not logged here.
        result = _bound(x, min, max);
    }

    // ---- StdCheats: deal, hoax, startHoax (as forge-std: hoax gives 2^128 wei by default) ----
    /// Moves the clock forward (StdCheats' skip) or back (rewind) by `time` seconds.
    function skip(uint256 time) internal virtual {
        vm.warp(block.timestamp + time);
    }

    function rewind(uint256 time) internal virtual {
        vm.warp(block.timestamp - time);
    }

    function deal(address to, uint256 give) internal virtual {
        vm.deal(to, give);
    }

    /// Sets `to`'s balance of the ERC-20 `token` to `give`, as forge-std's StdCheats does: the
    /// slot balanceOf(to) reads is found and written (see _writeViewSlot).
    function deal(address token, address to, uint256 give) internal virtual {
        deal(token, to, give, false);
    }

    /// The same, and with `adjust` totalSupply() moves by the balance's change.
    function deal(address token, address to, uint256 give, bool adjust) internal virtual {
        bytes memory balanceCall = abi.encodeWithSelector(0x70a08231, to);
        uint256 previous = _callView(token, balanceCall);
        _writeViewSlot(token, balanceCall, give);
        if (adjust) {
            bytes memory supplyCall = abi.encodeWithSelector(0x18160ddd);
            uint256 supply = _callView(token, supplyCall);
            supply = give < previous ? supply - (previous - give) : supply + (give - previous);
            _writeViewSlot(token, supplyCall, supply);
        }
    }

    /// The first word a view call of `target` returns.
    function _callView(address target, bytes memory data) private view returns (uint256) {
        (bool ok, bytes memory result) = target.staticcall(data);
        require(ok && result.length >= 32, "stdStorage find(StdStorage): Failed to call the view function.");
        return abi.decode(result, (uint256));
    }

    /// Writes `value` to the storage slot the view call `data` of `target` returns, found as
    /// forge-std's stdstore finds it: the call's storage reads are recorded, and the last one
    /// whose change the call's result follows is the slot. Whole-word values only (a value
    /// packed with others in its slot is not found).
    function _writeViewSlot(address target, bytes memory data, uint256 value) private {
        vm.record();
        _callView(target, data);
        vm.stopRecord();
        (bytes32[] memory reads,) = vm.accesses(target);
        bytes32 marker = keccak256("mallory: the slot deal looks for");
        for (uint256 i = reads.length; i > 0; i--) {
            bytes32 slot = reads[i - 1];
            bytes32 previous = vm.load(target, slot);
            vm.store(target, slot, marker);
            if (_callView(target, data) == uint256(marker)) {
                vm.store(target, slot, bytes32(value));
                return;
            }
            vm.store(target, slot, previous);
        }
        revert("stdStorage find(StdStorage): Slot(s) not found.");
    }

    /// Ends the running prank and starts one of `msgSender` (forge-std's, deprecated there in
    /// favour of stopPrank + startPrank, still common in tests).
    function changePrank(address msgSender) internal virtual {
        vm.stopPrank();
        vm.startPrank(msgSender);
    }

    function changePrank(address msgSender, address txOrigin) internal virtual {
        vm.stopPrank();
        vm.startPrank(msgSender, txOrigin);
    }

    /// Rejects a fuzz input that is the zero address (forge-std's StdCheats).
    function assumeNotZeroAddress(address addr) internal pure virtual {
        vm.assume(addr != address(0));
    }

    /// Rejects a fuzz input in the range reserved for precompiles (0x01 to 0xff, as forge-std).
    function assumeNotPrecompile(address addr) internal pure virtual {
        vm.assume(uint160(addr) < 0x01 || uint160(addr) > 0xff);
    }

    /// Rejects a fuzz input that is the cheatcode or console address.
    function assumeNotForgeAddress(address addr) internal pure virtual {
        vm.assume(addr != address(vm) && addr != 0x000000000000000000636F6e736F6c652e6c6f67);
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
