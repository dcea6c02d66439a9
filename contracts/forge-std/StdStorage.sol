// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "./Vm.sol";

/// forge-std's StdStorage: find and write the storage slot a view function reads, without
/// knowing the contract's layout.
///
///     using stdStorage for StdStorage;
///     stdstore.target(address(token)).sig("balanceOf(address)").with_key(alice).checked_write(100);
///
/// A slot is found as forge-std finds it: the view call runs under vm.record, and of the slots
/// it read (last first) the one whose change changes the call's result, and whose value is the
/// result, is the slot. Finds are cached per (target, selector, arguments, depth). Whole-word
/// values only: a value packed with others in its slot is reported as not found, where
/// forge-std's enable_packed_slots() would find its offsets.
struct FindData {
    uint256 slot;
    uint256 offsetLeft;
    uint256 offsetRight;
    bool found;
}

struct StdStorage {
    mapping(address => mapping(bytes4 => mapping(bytes32 => FindData))) finds;
    bytes32[] _keys;
    bytes4 _sig;
    uint256 _depth;
    address _target;
    bytes32 _set;
    bool _enable_packed_slots;
    bytes _calldata;
}

library stdStorage {
    Vm private constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    function sigs(string memory sigStr) internal pure returns (bytes4) {
        return bytes4(keccak256(bytes(sigStr)));
    }

    function target(StdStorage storage self, address _target) internal returns (StdStorage storage) {
        self._target = _target;
        return self;
    }

    function sig(StdStorage storage self, bytes4 _sig) internal returns (StdStorage storage) {
        self._sig = _sig;
        return self;
    }

    function sig(StdStorage storage self, string memory _sig) internal returns (StdStorage storage) {
        self._sig = sigs(_sig);
        return self;
    }

    function with_calldata(StdStorage storage self, bytes memory _calldata) internal returns (StdStorage storage) {
        self._calldata = _calldata;
        return self;
    }

    function with_key(StdStorage storage self, address who) internal returns (StdStorage storage) {
        self._keys.push(bytes32(uint256(uint160(who))));
        return self;
    }

    function with_key(StdStorage storage self, uint256 amt) internal returns (StdStorage storage) {
        self._keys.push(bytes32(amt));
        return self;
    }

    function with_key(StdStorage storage self, bytes32 key) internal returns (StdStorage storage) {
        self._keys.push(key);
        return self;
    }

    /// The word of the result to look at: a getter of a struct returns its fields in order.
    function depth(StdStorage storage self, uint256 _depth) internal returns (StdStorage storage) {
        self._depth = _depth;
        return self;
    }

    /// The slot the call reads its result from; the query is cleared.
    function find(StdStorage storage self) internal returns (uint256) {
        return find(self, true).slot;
    }

    function find(StdStorage storage self, bool _clear) internal returns (FindData storage) {
        address who = self._target;
        bytes4 fsig = self._sig;
        bytes32 key = _findKey(self);
        if (!self.finds[who][fsig][key].found) {
            vm.record();
            (, bytes32 callResult) = _callTarget(self);
            vm.stopRecord();
            (bytes32[] memory reads,) = vm.accesses(who);
            if (reads.length == 0) revert("stdStorage find(StdStorage): No storage use detected for target.");
            for (uint256 i = reads.length; i > 0; i--) {
                bytes32 slot = reads[i - 1];
                if (!_slotMutatesCall(self, slot)) continue;
                if (vm.load(who, slot) != callResult) continue;
                self.finds[who][fsig][key] = FindData(uint256(slot), 0, 0, true);
                break;
            }
            require(self.finds[who][fsig][key].found, "stdStorage find(StdStorage): Slot(s) not found.");
        }
        if (_clear) clear(self);
        return self.finds[who][fsig][key];
    }

    function checked_write(StdStorage storage self, address who) internal {
        checked_write(self, bytes32(uint256(uint160(who))));
    }

    function checked_write(StdStorage storage self, uint256 amt) internal {
        checked_write(self, bytes32(amt));
    }

    function checked_write_int(StdStorage storage self, int256 val) internal {
        checked_write(self, bytes32(uint256(val)));
    }

    function checked_write(StdStorage storage self, bool write) internal {
        checked_write(self, write ? bytes32(uint256(1)) : bytes32(0));
    }

    /// Writes `set` to the slot the call reads, and checks the call now returns it (else the
    /// slot is restored and the write refused).
    function checked_write(StdStorage storage self, bytes32 set) internal {
        address who = self._target;
        uint256 slot = find(self, false).slot;
        bytes32 previous = vm.load(who, bytes32(slot));
        vm.store(who, bytes32(slot), set);
        (bool success, bytes32 callResult) = _callTarget(self);
        if (!success || callResult != set) {
            vm.store(who, bytes32(slot), previous);
            revert("stdStorage find(StdStorage): Failed to write value.");
        }
        clear(self);
    }

    function read_bytes32(StdStorage storage self) internal returns (bytes32) {
        address who = self._target;
        uint256 slot = find(self, false).slot;
        clear(self);
        return vm.load(who, bytes32(slot));
    }

    function read_bool(StdStorage storage self) internal returns (bool) {
        bytes32 v = read_bytes32(self);
        if (v == bytes32(0)) return false;
        if (v == bytes32(uint256(1))) return true;
        revert("stdStorage read_bool(StdStorage): Cannot decode. Make sure you are reading a bool.");
    }

    function read_address(StdStorage storage self) internal returns (address) {
        return address(uint160(uint256(read_bytes32(self))));
    }

    function read_uint(StdStorage storage self) internal returns (uint256) {
        return uint256(read_bytes32(self));
    }

    function read_int(StdStorage storage self) internal returns (int256) {
        return int256(uint256(read_bytes32(self)));
    }

    /// Forgets the query (target, selector, keys, depth); the finds stay cached.
    function clear(StdStorage storage self) internal {
        delete self._target;
        delete self._sig;
        delete self._keys;
        delete self._depth;
        delete self._enable_packed_slots;
        delete self._calldata;
    }

    /// The arguments of the query: its calldata if given, else its keys.
    function _params(StdStorage storage self) private view returns (bytes memory) {
        if (self._calldata.length > 0) return self._calldata;
        return abi.encodePacked(self._keys);
    }

    function _findKey(StdStorage storage self) private view returns (bytes32) {
        return keccak256(abi.encodePacked(_params(self), self._depth));
    }

    /// Runs the query's view call; its result is the word at the query's depth (zero when the
    /// call returned less).
    function _callTarget(StdStorage storage self) private view returns (bool, bytes32) {
        bytes memory cd = abi.encodePacked(self._sig, _params(self));
        (bool success, bytes memory rdat) = self._target.staticcall(cd);
        uint256 at = 32 * self._depth;
        bytes32 result;
        for (uint256 i = 0; i < 32 && at + i < rdat.length; i++) {
            result |= bytes32(rdat[at + i]) >> (i * 8);
        }
        return (success, result);
    }

    /// Whether writing another value to `slot` changes the call's result (the slot restored).
    function _slotMutatesCall(StdStorage storage self, bytes32 slot) private returns (bool) {
        address who = self._target;
        bytes32 previousSlot = vm.load(who, slot);
        (bool success, bytes32 previousResult) = _callTarget(self);
        bytes32 probe = previousResult == bytes32(0) ? bytes32(type(uint256).max) : bytes32(0);
        vm.store(who, slot, probe);
        (, bytes32 newResult) = _callTarget(self);
        vm.store(who, slot, previousSlot);
        return success && previousResult != newResult;
    }
}
