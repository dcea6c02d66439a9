// Declarations under ABI coder v2 (the default), for check/abi_coder_v1_calls.sol: a
// constructor, an external function and an event that take a struct.
pragma solidity ^0.8.20;

struct Item {
    uint256 x;
}

library Log {
    event Sold(Item item, uint256 count);
    event Counted(uint256 count);
}

contract Shop {
    constructor(Item memory) {}

    function put(Item calldata) external {}

    function count(uint256 n) external pure returns (uint256) {
        return n;
    }
}
