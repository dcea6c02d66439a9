// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A getter returns a member struct whole, which it cannot do when that struct holds a mapping
// (solc 6744); the outer struct's own mapping is only left out.
contract C {
    struct Inner {
        uint8 a;
        mapping(uint256 => uint256) m;
    }
    struct Outer {
        uint256 id;
        Inner inner;
    }
    struct Fine {
        uint256 id;
        mapping(uint256 => uint256) m;
    }

    Outer public outer;
    mapping(uint256 => Outer) public outers;
    Fine public fine;
}

// ----
// tests/lang/cases/check/getter_member_struct_with_mapping.sol:20:18: error: Internal or recursive type is not allowed for public state variables. [E3025]
//    20 |     Outer public outer;
//       |                  ^~~~~
// tests/lang/cases/check/getter_member_struct_with_mapping.sol:21:38: error: Internal or recursive type is not allowed for public state variables. [E3025]
//    21 |     mapping(uint256 => Outer) public outers;
//       |                                      ^~~~~~
// 2 errors generated.
