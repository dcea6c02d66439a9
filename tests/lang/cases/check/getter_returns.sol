// A public state variable's getter leaves out the arrays and mappings of a struct it returns:
// one left with nothing to return is refused (solc 5359). Under pragma abicoder v1 it may
// return only what the v1 coder encodes, so no struct member (solc 2763); bytes and strings
// are fine.
pragma abicoder v1;
pragma solidity ^0.8.20;

contract C {
    struct Inner {
        uint256 v;
    }
    struct Named {
        uint256 id;
        string name;
        uint256[] history;
    }
    struct Hollow {
        uint256[4] slots;
        mapping(uint256 => uint256) table;
    }
    struct Outer {
        uint256 id;
        Inner inner;
    }

    Named public named;
    mapping(address => Named) public byOwner;
    Hollow public hollow;
    mapping(uint256 => Hollow) public hollows;
    Outer public outer;
    mapping(uint256 => Outer) public outers;
}

// ----
// tests/lang/cases/check/getter_returns.sol:28:19: error: The struct has all its members omitted, therefore the getter cannot return any values. [E3025]
//    28 |     Hollow public hollow;
//       |                   ^~~~~~
//       = help: a getter leaves out a struct's arrays and mappings: remove 'public' and write a function that returns what is needed
// tests/lang/cases/check/getter_returns.sol:29:39: error: The struct has all its members omitted, therefore the getter cannot return any values. [E3025]
//    29 |     mapping(uint256 => Hollow) public hollows;
//       |                                       ^~~~~~~
//       = help: a getter leaves out a struct's arrays and mappings: remove 'public' and write a function that returns what is needed
// tests/lang/cases/check/getter_returns.sol:30:18: error: The following types are only supported for getters in ABI coder v2: struct C.Inner memory. Either remove "public" or use "pragma abicoder v2;" to enable the feature. [E3000]
//    30 |     Outer public outer;
//       |                  ^~~~~
// tests/lang/cases/check/getter_returns.sol:31:38: error: The following types are only supported for getters in ABI coder v2: struct C.Inner memory. Either remove "public" or use "pragma abicoder v2;" to enable the feature. [E3000]
//    31 |     mapping(uint256 => Outer) public outers;
//       |                                      ^~~~~~
// 4 errors generated.
