pragma solidity ^0.8.20;
// Named arguments pick the overload by names and types; two that both fit are ambiguous.
contract C {
    function f(uint256 x, string memory y) internal pure returns (uint256) {
        return x + bytes(y).length;
    }
    function f(string memory y, uint256 x) internal pure returns (uint256) {
        return x + bytes(y).length + 1;
    }
    function g(uint256 x) internal pure returns (uint256) {
        return x;
    }
    function g(bool x) internal pure returns (uint256) {
        return x ? 1 : 0;
    }
    function run() public pure returns (uint256) {
        return f({x: 1, y: "abc"}) + g({x: true});
    }
}

// ----
// tests/lang/cases/check/named_arguments_ambiguous.sol:17:16: error: No unique declaration found after argument-dependent lookup. [E2023]
//    17 |         return f({x: 1, y: "abc"}) + g({x: true});
//       |                ^
// 1 error generated.
