// A string literal that is not printable ASCII shows in a diagnostic as solc shows it: in hex.
pragma solidity ^0.8.20;
contract C {
    function f() public pure returns (uint) {
        uint x = hex"0102";
        return x;
    }
    function g() public pure returns (uint) {
        uint y = "line\n";
        return y;
    }
    function h() public pure returns (uint) {
        uint z = "plain";
        return z;
    }
}
// ----
// tests/lang/cases/check/hex_literal_diagnostics.sol:5:18: error: initial value: literal_string hex"0102" is not implicitly convertible to expected type uint256 [E3000]
//     5 |         uint x = hex"0102";
//       |                  ^~~~~~~~~
// tests/lang/cases/check/hex_literal_diagnostics.sol:9:18: error: initial value: literal_string hex"6c696e650a" is not implicitly convertible to expected type uint256 [E3000]
//     9 |         uint y = "line\n";
//       |                  ^~~~~~~~
// tests/lang/cases/check/hex_literal_diagnostics.sol:13:18: error: initial value: literal_string "plain" is not implicitly convertible to expected type uint256 [E3000]
//    13 |         uint z = "plain";
//       |                  ^~~~~~~
// 3 errors generated.
