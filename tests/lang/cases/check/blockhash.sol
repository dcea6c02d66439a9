// blockhash(uint256) returns bytes32 and reads the environment: a pure function may not call
// it (solc 2527), and it takes exactly one unsigned argument (6160, 9553, 6359).
pragma solidity ^0.8.20;

contract C {
    function ok(uint256 n) external view returns (bytes32) { return blockhash(n); }
    function f(uint256 n) external pure returns (bytes32) { return blockhash(n); }
    function g() external view returns (bytes32) { return blockhash(); }
    function h(int256 n) external view returns (bytes32) { return blockhash(n); }
    function k(uint256 n) external view returns (uint256) { return blockhash(n); }
}

// ----
// tests/lang/cases/check/blockhash.sol:7:68: error: function 'f' is declared 'pure', but this expression reads the state or the environment [E3008]
//     7 |     function f(uint256 n) external pure returns (bytes32) { return blockhash(n); }
//       |                                                                    ^~~~~~~~~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/blockhash.sol:8:59: error: 'blockhash' takes 1 argument, but 0 were given [E3010]
//     8 |     function g() external view returns (bytes32) { return blockhash(); }
//       |                                                           ^~~~~~~~~~~
// tests/lang/cases/check/blockhash.sol:9:77: error: argument: int256 is not implicitly convertible to expected type uint256 [E3000]
//     9 |     function h(int256 n) external view returns (bytes32) { return blockhash(n); }
//       |                                                                             ^
//       = help: Solidity changes size and signedness in separate steps, e.g. uint256(int256(x))
// tests/lang/cases/check/blockhash.sol:10:68: error: return value: bytes32 is not implicitly convertible to expected type uint256 [E3000]
//    10 |     function k(uint256 n) external view returns (uint256) { return blockhash(n); }
//       |                                                                    ^~~~~~~~~~~~
// 4 errors generated.
