pragma solidity ^0.8.20;
// An immutable is initialized while its contract is constructed; naming it through the
// contract (`B.x = 1`) in a function is an assignment after construction (solc 1581).
contract B {
    uint256 immutable x;
    constructor() {
        x = 1;
    }
    function g() external view returns (uint256) {
        return x;
    }
}
contract C is B {
    function f() public {
        B.x = 42;
    }
}
// ----
// tests/lang/cases/check/immutable_by_contract_name.sol:15:9: error: immutable 'x' can only be assigned while the contract is constructed, not in a function or a modifier [E3005]
//    15 |         B.x = 42;
//       |         ^~~
//       = help: assign it in a constructor, its initializer or a base's arguments
// tests/lang/cases/check/immutable_by_contract_name.sol:5:23: note: declared immutable here
//     5 |     uint256 immutable x;
//       |                       ^
// 1 error generated.
