pragma solidity ^0.8.20;
contract Grid {
    struct Point { uint256 x; uint256 y; }
    struct Account { uint256 id; mapping(address => uint256) allowance; }
    function sum(uint256[][] memory g) external pure returns (uint256) { return g.length; }
    function make() external pure returns (uint256) {
        Point[] memory ps = new Point[](2);
        return ps.length;
    }
    function names(string[] calldata n) external pure returns (string[] memory) { return n; }
    function accounts(Account[] memory a) internal pure returns (uint256) { return a.length; }
    function grid() external pure returns (uint256) {
        Account[] memory a = new Account[](1);
        return a.length;
    }
}

// ----
// tests/lang/cases/check/memory_nested_arrays.sol:11:23: error: type struct Grid.Account[] is only valid in storage [E3007]
//    11 |     function accounts(Account[] memory a) internal pure returns (uint256) { return a.length; }
//       |                       ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/memory_nested_arrays.sol:13:9: error: type struct Grid.Account[] is only valid in storage [E3007]
//    13 |         Account[] memory a = new Account[](1);
//       |         ^~~~~~~~~~~~~~~~~~
//       = help: write 'storage'
// 2 errors generated.
