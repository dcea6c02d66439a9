// Rules on number constants and tuples that solc enforces: a tuple component must fit an
// integer type even when no value is taken from it (3390); a constant shift by 2^32 bits or
// more has no result type (2271), while shifting 0 gives 0; `abi.encodeCall`'s tuple cannot
// leave a component empty (8381); a function named bare is an internal value with no
// `.selector` (9582).
pragma solidity ^0.8.20;

contract C {
    uint256 public tooFar = 0x42 >> 0x100000000;
    uint256 public zero = 0 << 1000;
    uint256 public gone = 0x42 >> 1000;

    function f(int256) public {}

    function g() public pure {
        uint256 x;
        (x, ) = (1, 1E111);
        (2**270, 1);
    }

    function h() public view returns (bytes memory) {
        return abi.encodeCall(this.f, (1,));
    }

    function s() public view returns (bytes4, bytes4) {
        return (this.s.selector, s.selector);
    }
}

contract D is C {
    function t() public pure returns (bytes4) {
        return C.s.selector;
    }
}

// ----
// tests/lang/cases/check/constant_operands.sol:9:29: error: operator >> on int_const 66 and int_const 4294967296 cannot shift by 2^32 bits or more [E3003]
//     9 |     uint256 public tooFar = 0x42 >> 0x100000000;
//       |                             ^~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/constant_operands.sol:17:21: error: Invalid rational number. [E3002]
//    17 |         (x, ) = (1, 1E111);
//       |                     ^~~~~
//       = help: a tuple component must fit in uint256 or int256
// tests/lang/cases/check/constant_operands.sol:18:10: error: Invalid rational number. [E3002]
//    18 |         (2**270, 1);
//       |          ^~~~~~
//       = help: a tuple component must fit in uint256 or int256
// tests/lang/cases/check/constant_operands.sol:22:39: error: Tuple component cannot be empty. [E3011]
//    22 |         return abi.encodeCall(this.f, (1,));
//       |                                       ^~~~
// tests/lang/cases/check/constant_operands.sol:26:36: error: '.selector' is not available on an internal function value [E2006]
//    26 |         return (this.s.selector, s.selector);
//       |                                    ^~~~~~~~
//       = help: name it through `this` or its contract: this.s.selector
// 5 errors generated.
