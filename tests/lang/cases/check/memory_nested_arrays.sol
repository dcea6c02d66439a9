pragma solidity ^0.8.20;
contract Grid {
    struct Point { uint256 x; uint256 y; }
    function sum(uint256[][] memory g) external pure returns (uint256) { return g.length; }
    function make() external pure returns (uint256) {
        Point[] memory ps = new Point[](2);
        return ps.length;
    }
}
// ----
// tests/lang/cases/check/memory_nested_arrays.sol:4:18: error: memory arrays of uint256[] are not supported by Mallory's subset: memory arrays hold value types only (LANGUAGE.md §3) [E4105]
//     4 |     function sum(uint256[][] memory g) external pure returns (uint256) { return g.length; }
//       |                  ^~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/memory_nested_arrays.sol:6:9: error: memory arrays of struct Grid.Point are not supported by Mallory's subset: memory arrays hold value types only (LANGUAGE.md §3) [E4105]
//     6 |         Point[] memory ps = new Point[](2);
//       |         ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/memory_nested_arrays.sol:6:29: error: memory arrays of struct Grid.Point are not supported by Mallory's subset (LANGUAGE.md §3) [E4105]
//     6 |         Point[] memory ps = new Point[](2);
//       |                             ^~~~~~~~~~~
// 3 errors generated.
