// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import {Vm} from "./Vm.sol";

/// forge-std's StdCheatsSafe: the helpers that only read or derive (names, keys, assumptions
/// on fuzz inputs, deploying compiled code).
abstract contract StdCheatsSafe {
    Vm private constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    /// An address with its private key, as makeAccount returns it.
    struct Account {
        address addr;
        uint256 key;
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


    /// makeAddrAndKey's address and key as an Account.
    function makeAccount(string memory name) internal virtual returns (Account memory account) {
        (account.addr, account.key) = makeAddrAndKey(name);
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


    /// Rejects a fuzz input that cannot receive ether: a plain transfer of 0 wei to it reverts.
    function assumePayable(address addr) internal virtual {
        (bool success,) = payable(addr).call{value: 0}("");
        vm.assume(success);
    }

    /// Rejects a fuzz input that can receive ether.
    function assumeNotPayable(address addr) internal virtual {
        (bool success,) = payable(addr).call{value: 0}("");
        vm.assume(!success);
    }
}

/// forge-std's StdCheats: the helpers that change state (the clock, balances, pranks).
abstract contract StdCheats is StdCheatsSafe {
    Vm private constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

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
