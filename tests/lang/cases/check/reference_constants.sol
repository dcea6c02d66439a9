// Constants may be strings and bytes, each use a memory copy. A constant is computed without
// running the program's code: calling one of its functions, even a pure one, is not a
// compile-time constant (solc 8349); built-ins and `new bytes(n)` are.
pragma solidity ^0.8.20;

library L {
    function one() internal pure returns (uint256) { return 1; }
}

contract C {
    string public constant NAME = "Nu Token";
    bytes constant EMPTY = new bytes(3);
    bytes32 constant NAME_HASH = keccak256(bytes(NAME));
    string constant PACKED = string(abi.encodePacked(NAME, "!"));
    uint256 constant CALLED = L.one() + 1;
    string constant OWN = own();

    function own() internal pure returns (string memory) { return NAME; }

    function write() external pure {
        NAME = "other";
    }
}

// ----
// tests/lang/cases/check/reference_constants.sol:15:31: error: the initial value of constant 'CALLED' must be a compile-time constant, but this calls a function [E3020]
//    15 |     uint256 constant CALLED = L.one() + 1;
//       |                               ^~~~~~~
// tests/lang/cases/check/reference_constants.sol:16:27: error: the initial value of constant 'OWN' must be a compile-time constant, but this calls a function [E3020]
//    16 |     string constant OWN = own();
//       |                           ^~~~~
// tests/lang/cases/check/reference_constants.sol:21:9: error: cannot assign to constant 'NAME' [E3005]
//    21 |         NAME = "other";
//       |         ^~~~
// tests/lang/cases/check/reference_constants.sol:11:28: note: declared constant here
//    11 |     string public constant NAME = "Nu Token";
//       |                            ^~~~
// 3 errors generated.
