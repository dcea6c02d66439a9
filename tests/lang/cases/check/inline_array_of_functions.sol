// Named internal functions make an inline array when their signatures agree (a pure function
// joins a view one as view); different signatures have no common type, as in solc (6378).
pragma solidity ^0.8.20;
contract C {
    function add(uint256 a, uint256 b) internal pure returns (uint256) { return a + b; }
    function neg(int256 a) internal pure returns (int256) { return -a; }
    function f() public pure { [add, neg]; }
}
// ----
// tests/lang/cases/check/inline_array_of_functions.sol:7:32: error: Unable to deduce common type for array elements. [E3050]
//     7 |     function f() public pure { [add, neg]; }
//       |                                ^~~~~~~~~~
// 1 error generated.
