pragma solidity ^0.8.20;
interface I {
    function f(uint256 a) external returns (uint256);
}
contract Abi {
    error Oops(uint256 code);
    struct P { uint256 a; }
    function run(bytes memory data, uint256 x) public pure returns (uint256) {
        abi.decode(data);
        abi.decode(data, uint256);
        abi.encodeWithSelector(x);
        abi.encodeWithSignature(42);
        abi.encodeCall(I.f, (true));
        bytes32 h = keccak256(x);
        uint256 y = abi.decode(data, (bool));
        bytes4 s = I.g.selector;
        uint256 m = type(bool).max;
        uint256 t = type(uint256).max + 1;
        require(x > 0, Oops(1));
        require(x);
        require(x > 0, 5);
        return y + m + t + uint256(h) + uint32(s);
    }
}
// ----
// tests/lang/cases/check/builtins_abi.sol:9:9: error: 'abi.decode' takes 2 arguments, but 1 was given [E3010]
//     9 |         abi.decode(data);
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/builtins_abi.sol:10:26: error: the second argument to 'abi.decode' must be a tuple of types [E3000]
//    10 |         abi.decode(data, uint256);
//       |                          ^~~~~~~
//       = help: write '(uint256)'
// tests/lang/cases/check/builtins_abi.sol:11:32: error: the selector: uint256 is not implicitly convertible to expected type bytes4 [E3000]
//    11 |         abi.encodeWithSelector(x);
//       |                                ^
// tests/lang/cases/check/builtins_abi.sol:12:33: error: the signature must be a string, not int_const 42 [E3000]
//    12 |         abi.encodeWithSignature(42);
//       |                                 ^~
// tests/lang/cases/check/builtins_abi.sol:13:30: error: argument: bool is not implicitly convertible to expected type uint256 [E3000]
//    13 |         abi.encodeCall(I.f, (true));
//       |                              ^~~~
// tests/lang/cases/check/builtins_abi.sol:14:31: error: 'keccak256' needs bytes memory, not uint256 [E3000]
//    14 |         bytes32 h = keccak256(x);
//       |                               ^
//       = help: encode the values with abi.encodePacked(...) or abi.encode(...)
// tests/lang/cases/check/builtins_abi.sol:15:21: error: initial value: bool is not implicitly convertible to expected type uint256 [E3000]
//    15 |         uint256 y = abi.decode(data, (bool));
//       |                     ^~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/builtins_abi.sol:16:22: error: contract I has no member 'g' [E2006]
//    16 |         bytes4 s = I.g.selector;
//       |                      ^
//       = help: did you mean 'f'?
// tests/lang/cases/check/builtins_abi.sol:17:26: error: type(...) is supported for integer, enum and contract types only in Mallory's subset, not bool [E4107]
//    17 |         uint256 m = type(bool).max;
//       |                          ^~~~
// tests/lang/cases/check/builtins_abi.sol:20:17: error: require condition: uint256 is not implicitly convertible to expected type bool [E3000]
//    20 |         require(x);
//       |                 ^
// tests/lang/cases/check/builtins_abi.sol:21:24: error: the message of require must be a string, not int_const 5 [E3000]
//    21 |         require(x > 0, 5);
//       |                        ^
// 11 errors generated.
