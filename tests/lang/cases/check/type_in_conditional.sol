// `type(T)` has no mobile type in solc: a branch of `?:` cannot hold one (solc 9717, 3703),
// so `(c ? type(uint8) : type(int8)).max` is refused; the branches can hold the members.
pragma solidity ^0.8.20;

contract C {
    function fine(bool c) external pure returns (uint256) {
        return c ? type(uint8).max : uint256(type(uint16).max);
    }

    function meta(bool c) external pure returns (uint8) {
        return (c ? type(uint8) : type(int8)).max;
    }
}

// ----
// tests/lang/cases/check/type_in_conditional.sol:11:21: error: Invalid mobile type in true expression. [E3000]
//    11 |         return (c ? type(uint8) : type(int8)).max;
//       |                     ^~~~~~~~~~~
// tests/lang/cases/check/type_in_conditional.sol:11:35: error: Invalid mobile type in false expression. [E3000]
//    11 |         return (c ? type(uint8) : type(int8)).max;
//       |                                   ^~~~~~~~~~
// 2 errors generated.
