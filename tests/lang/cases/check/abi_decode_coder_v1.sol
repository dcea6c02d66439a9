// The ABI coder v1 decodes what it encodes: no structs and no nested dynamic arrays (solc
// 9611). abi.decode may name those types only under pragma abicoder v2; value types, bytes,
// strings and arrays of value types decode under v1 too.
pragma abicoder v1;
pragma solidity ^0.8.20;

contract C {
    struct Pair {
        uint256 a;
        uint256 b;
    }

    function ok(bytes memory data) external pure returns (uint256, uint256) {
        (uint256 n, uint256[3] memory xs, string memory s) =
            abi.decode(data, (uint256, uint256[3], string));
        return (n + xs[0], bytes(s).length);
    }

    function pair(bytes memory data) external pure {
        abi.decode(data, (uint256, Pair));
    }

    function nested(bytes memory data) external pure {
        abi.decode(data, (uint256[][2]));
    }
}

// ----
// tests/lang/cases/check/abi_decode_coder_v1.sol:20:36: error: Decoding type struct C.Pair memory not supported. [E3000]
//    20 |         abi.decode(data, (uint256, Pair));
//       |                                    ^~~~
//       = help: ABI coder v1 has no structs and no nested dynamic arrays: use pragma abicoder v2
// tests/lang/cases/check/abi_decode_coder_v1.sol:24:27: error: Decoding type uint256[][2] memory not supported. [E3000]
//    24 |         abi.decode(data, (uint256[][2]));
//       |                           ^~~~~~~~~~~~
//       = help: ABI coder v1 has no structs and no nested dynamic arrays: use pragma abicoder v2
// 2 errors generated.
