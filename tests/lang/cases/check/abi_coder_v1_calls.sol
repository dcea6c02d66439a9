// Under ABI coder v1 the arguments a call sends ABI-encoded (to an external function, to a
// constructor by `new`, into an event's data) have types the v1 coder encodes, wherever the
// callee is declared (solc 2443): no struct reaches a v2 contract from here.
pragma solidity ^0.8.20;
pragma abicoder v1;

import {Item, Log, Shop} from "./include/abi_coder_v2_types.sol";

contract Buyer {
    function fine(Shop s) external returns (uint256) {
        emit Log.Counted(1);
        return s.count(2);
    }

    function create() external {
        new Shop(Item(3));
    }

    function call(Shop s) external {
        s.put(Item(4));
    }

    function log() external {
        emit Log.Sold(Item(5), 1);
    }
}

// ----
// tests/lang/cases/check/abi_coder_v1_calls.sol:16:18: error: The type of this parameter, struct Item memory, is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    16 |         new Shop(Item(3));
//       |                  ^~~~~~~
// tests/lang/cases/check/abi_coder_v1_calls.sol:20:15: error: The type of this parameter, struct Item memory, is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    20 |         s.put(Item(4));
//       |               ^~~~~~~
// tests/lang/cases/check/abi_coder_v1_calls.sol:24:23: error: The type of this parameter, struct Item memory, is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    24 |         emit Log.Sold(Item(5), 1);
//       |                       ^~~~~~~
// 3 errors generated.
