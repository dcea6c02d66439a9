// Calling the zero value of an internal function type is Panic 0x51 (solc's legacy codegen
// jumps to an entry that panics): a state variable never assigned, a deleted local copied into
// storage, a deleted state variable; the call fails without burning the gas it was given.
pragma solidity ^0.8.20;

contract InternalFunctionZeroValue {
    event Failed(bytes data);
    function(uint256) internal pure returns (uint256) stored;
    function(uint256) internal pure returns (uint256) other;
    function callStored() external view returns (uint256) { return stored(5); }
    function inc(uint256 x) internal pure returns (uint256) { return x + 1; }
    function copyDeleted() external returns (uint256) {
        function(uint256) internal pure returns (uint256) l = inc;
        delete l;
        other = l;
        return other(1);
    }
    function run() external payable {
        try this.callStored{gas: 100000}() returns (uint256) {} catch (bytes memory data) { emit Failed(data); }
        try this.copyDeleted{gas: 100000}() returns (uint256) {} catch (bytes memory data) { emit Failed(data); }
        stored = inc;
        delete stored;
        try this.callStored{gas: 100000}() returns (uint256) {} catch (bytes memory data) { emit Failed(data); }
        emit Failed(abi.encode(gasleft() > 1000000));
    }
}
// ----
// success
// Failed("0x4e487b710000000000000000000000000000000000000000000000000000000000000051")
// Failed("0x4e487b710000000000000000000000000000000000000000000000000000000000000051")
// Failed("0x4e487b710000000000000000000000000000000000000000000000000000000000000051")
// Failed("0x0000000000000000000000000000000000000000000000000000000000000001")
