pragma solidity ^0.8.20;
// An immutable is written only while its contract is constructed: a constructor (a derived
// one too), an initializer, a base's or a constructor modifier's arguments. A modifier's body
// is not construction even when a constructor runs it, nor is any function (solc 1581).
contract Base {
    uint256 immutable x = 1;
    uint256 immutable y;
}
contract Derived is Base {
    uint256 immutable z = x += 2;
    constructor() initY(y = 3) {
        x = 4;
        delete z;
    }
    modifier initY(uint256) {
        _;
        y = 23;
    }
    function later() public {
        --x;
    }
}

// ----
// tests/lang/cases/check/immutable_construction_only.sol:17:9: error: immutable 'y' can only be assigned while the contract is constructed, not in a function or a modifier [E3005]
//    17 |         y = 23;
//       |         ^
//       = help: assign it in a constructor, its initializer or a base's arguments
// tests/lang/cases/check/immutable_construction_only.sol:7:23: note: declared immutable here
//     7 |     uint256 immutable y;
//       |                       ^
// tests/lang/cases/check/immutable_construction_only.sol:20:11: error: immutable 'x' can only be assigned while the contract is constructed, not in a function or a modifier [E3005]
//    20 |         --x;
//       |           ^
//       = help: assign it in a constructor, its initializer or a base's arguments
// tests/lang/cases/check/immutable_construction_only.sol:6:23: note: declared immutable here
//     6 |     uint256 immutable x = 1;
//       |                       ^
// 2 errors generated.
