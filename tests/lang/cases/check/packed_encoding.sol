pragma solidity ^0.8.20;
contract Packed {
    struct P { uint256 a; uint256 b; }
    function run(P memory p, uint256[2] memory pair, uint8[] memory small) public pure returns (bytes memory, bytes memory) {
        bytes memory ok = abi.encodePacked(pair, small, p.a);
        return (ok, abi.encodePacked(p));
    }
}
// ----
// tests/lang/cases/check/packed_encoding.sol:6:38: error: abi.encodePacked cannot encode struct Packed.P memory: solc does not support structs and nested arrays in packed mode [E3000]
//     6 |         return (ok, abi.encodePacked(p));
//       |                                      ^
//       = help: use abi.encode(...), or pass the fields one by one
// 1 error generated.
