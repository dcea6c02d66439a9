// An overloaded external function named through `this` or a contract is a call that picks
// one by its arguments; its `.selector` or `.address` names no one function (solc 9322). A
// string, unicode or hex literal is built in memory: calldata cannot hold it (solc 6359).
pragma solidity ^0.8.20;

contract C {
    function f(uint256 x) public pure returns (uint256) { return x; }
    function f(uint256 x, uint256 y) public pure returns (uint256) { return x + y; }
    function g(uint256 x) public pure returns (uint256) { return x; }

    function fine() external view returns (bytes4, uint256) {
        return (this.g.selector, this.f(1, 2));
    }

    function ambiguous() external view returns (bytes4) {
        return this.f.selector;
    }

    function s() external pure returns (string calldata) {
        return unicode"héllo";
    }

    function b() external pure returns (bytes calldata) {
        return hex"68656c6c6f";
    }
}

// ----
// tests/lang/cases/check/overloads_and_literal_locations.sol:16:16: error: 'this.f' names 2 overloaded functions: '.selector' needs one; member not unique after argument-dependent lookup [E2023]
//    16 |         return this.f.selector;
//       |                ^~~~~~
//       = help: name one through an interface, or write its selector with bytes4(keccak256("f(uint256)"))
// tests/lang/cases/check/overloads_and_literal_locations.sol:20:16: error: return value: literal_string hex"68c3a96c6c6f" is not implicitly convertible to expected type string calldata [E3000]
//    20 |         return unicode"héllo";
//       |                ^~~~~~~~~~~~~~~
// tests/lang/cases/check/overloads_and_literal_locations.sol:24:16: error: return value: literal_string "hello" is not implicitly convertible to expected type bytes calldata [E3000]
//    24 |         return hex"68656c6c6f";
//       |                ^~~~~~~~~~~~~~~
// 3 errors generated.
