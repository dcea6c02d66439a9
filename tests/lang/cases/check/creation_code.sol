// type(C).creationCode: as solc, not of an abstract contract, not of the contract itself (a
// cycle); type(C).runtimeCode is outside Mallory's subset.
pragma solidity ^0.8.20;

abstract contract Shape {
    function area() public virtual returns (uint256);
}

contract Square {
    function code() external pure returns (bytes memory) {
        return type(Square).creationCode;
    }
}

contract User {
    function shape() external pure returns (bytes memory) {
        return type(Shape).creationCode;
    }

    function runtime() external pure returns (bytes memory) {
        return type(Square).runtimeCode;
    }
}

// ----
// tests/lang/cases/check/creation_code.sol:11:16: error: Circular reference to contract bytecode either via "new" or "type(...).creationCode" / "type(...).runtimeCode". [E2020]
//    11 |         return type(Square).creationCode;
//       |                ^~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/creation_code.sol:17:16: error: Member "creationCode" not found or not visible after argument-dependent lookup in type(contract Shape) [E2006]
//    17 |         return type(Shape).creationCode;
//       |                ^~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/creation_code.sol:21:16: error: 'type(C).runtimeCode' is not supported by Mallory's subset [E4107]
//    21 |         return type(Square).runtimeCode;
//       |                ^~~~~~~~~~~~~~~~~~~~~~~~
// 3 errors generated.
