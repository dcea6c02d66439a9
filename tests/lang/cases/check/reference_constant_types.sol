// Only strings and bytes among the reference types may be constants ("Only constants of value
// type and byte array type are implemented"), and immutables are words only ("Immutable
// variables cannot have a non-value type").
pragma solidity ^0.8.20;

contract C {
    string public constant NAME = "Nu Token";
    bytes constant MAGIC = hex"deadbeef";
    string immutable label = "x";
    uint256[] constant LIST = [uint256(1)];
}

// ----
// tests/lang/cases/check/reference_constant_types.sol:9:5: error: immutable 'label' must have a value type, not string [E3027]
//     9 |     string immutable label = "x";
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/reference_constant_types.sol:10:5: error: constant 'LIST' must have a value type or be a string or bytes, not uint256[] [E3027]
//    10 |     uint256[] constant LIST = [uint256(1)];
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/reference_constant_types.sol:10:31: error: constant initializer: uint256[1] memory is not implicitly convertible to expected type uint256[] [E3000]
//    10 |     uint256[] constant LIST = [uint256(1)];
//       |                               ^~~~~~~~~~~~
// 3 errors generated.
