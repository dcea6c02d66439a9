pragma solidity ^0.8.20;
// A calldata pointer declared without a value (a named return or a local) must be assigned on
// every path before it is read or returned, as solc's check 3464 requires of storage ones.
contract CalldataPointerFlow {
    modifier maybe(bool b) {
        if (b) _;
    }
    function assignedOnEveryPath(bytes calldata c, bool b) external pure returns (bytes calldata r) {
        if (b) r = c;
        else r = c[1:];
    }
    function revertsOtherwise(bytes calldata c, bool b) external pure returns (bytes calldata r) {
        require(b);
        r = c;
    }
    function onlyOnePath(bytes calldata c, bool b) external pure returns (bytes calldata r) {
        if (b) r = c;
    }
    function readBeforeAssigned(bytes calldata c) external pure returns (uint256) {
        bytes calldata r;
        uint256 n = r.length;
        r = c;
        return n + r.length;
    }
    function skippedByModifier(bytes calldata c, bool b) external pure maybe(b) returns (bytes calldata r) {
        r = c;
    }
    function unnamedWithoutReturn(bool b) external pure returns (bytes calldata) {
        if (b) revert();
    }
}

// ----
// tests/lang/cases/check/calldata_pointer_flow.sol:16:90: error: This variable is of calldata pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    16 |     function onlyOnePath(bytes calldata c, bool b) external pure returns (bytes calldata r) {
//       |                                                                                          ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/calldata_pointer_flow.sol:21:21: error: This variable is of calldata pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    21 |         uint256 n = r.length;
//       |                     ^
//       = help: assign it before this use
// tests/lang/cases/check/calldata_pointer_flow.sol:25:105: error: This variable is of calldata pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    25 |     function skippedByModifier(bytes calldata c, bool b) external pure maybe(b) returns (bytes calldata r) {
//       |                                                                                                         ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/calldata_pointer_flow.sol:28:66: error: This variable is of calldata pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    28 |     function unnamedWithoutReturn(bool b) external pure returns (bytes calldata) {
//       |                                                                  ^~~~~~~~~~~~~~
//       = help: end every path that does not revert with a 'return'
// 4 errors generated.
