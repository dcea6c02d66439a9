// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// A contract may return a string that is not UTF-8: `run` shows it (U+FFFD for the bad byte)
/// in text and in JSON instead of failing. Found by fuzz/cli_args_fuzz.cpp.
contract NotUtf8 {
    function run() external pure returns (string memory) {
        return string(abi.encodePacked(uint8(0x41), uint8(0xff), uint8(0x42)));
    }
}
