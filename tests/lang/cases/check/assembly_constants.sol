pragma solidity ^0.8.20;

// Inline assembly reads a constant by name only when the constant (or the constant it names,
// followed to the end) is a literal or arithmetic on literal numbers: solc's error 7615.
uint256 constant FILE_MAX = type(uint256).max;

contract AssemblyConstants {
    uint256 constant CONVERTED = uint256(7);
    uint256 constant VIA_CONVERTED = CONVERTED;
    bytes32 constant HASHED = keccak256("x");
    uint256 constant SUM = 2 + 3;

    function reads() external pure returns (uint256 a, uint256 b, bytes32 c, uint256 d) {
        assembly {
            a := CONVERTED
            b := VIA_CONVERTED
            c := HASHED
            d := FILE_MAX
            d := SUM
        }
    }
}

// ----
// tests/lang/cases/check/assembly_constants.sol:15:18: error: Only direct number constants and references to such constants are supported by inline assembly. [E3040]
//    15 |             a := CONVERTED
//       |                  ^~~~~~~~~
// tests/lang/cases/check/assembly_constants.sol:16:18: error: Only direct number constants and references to such constants are supported by inline assembly. [E3040]
//    16 |             b := VIA_CONVERTED
//       |                  ^~~~~~~~~~~~~
// tests/lang/cases/check/assembly_constants.sol:17:18: error: Only direct number constants and references to such constants are supported by inline assembly. [E3040]
//    17 |             c := HASHED
//       |                  ^~~~~~
// tests/lang/cases/check/assembly_constants.sol:18:18: error: Only direct number constants and references to such constants are supported by inline assembly. [E3040]
//    18 |             d := FILE_MAX
//       |                  ^~~~~~~~
// 4 errors generated.
