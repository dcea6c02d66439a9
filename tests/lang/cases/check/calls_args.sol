pragma solidity ^0.8.20;
contract Args {
    function one(uint256 a) internal pure returns (uint256) { return a; }
    function two(uint256 a, bool b) internal pure returns (uint256) { return b ? a : 0; }
    function ov(uint256 a) internal pure returns (uint256) { return a; }
    function ov(address a) internal pure returns (address) { return a; }
    function amb(uint8 a) internal pure returns (uint256) { return a; }
    function amb(uint16 a) internal pure returns (uint256) { return a; }
    function ext() external pure returns (uint256) { return 1; }
    function run() public view returns (uint256) {
        uint256 r = one();
        r += one(1, 2);
        r += two(true, 1);
        r += one(address(this));
        r += one(-1);
        ov(true);
        amb(1);
        r += ext();
        r += this.ext(1);
        return r;
    }
}
// ----
// tests/lang/cases/check/calls_args.sol:11:21: error: function 'one' takes 1 argument, but 0 were given [E3010]
//    11 |         uint256 r = one();
//       |                     ^~~~~
// tests/lang/cases/check/calls_args.sol:3:14: note: declared here
//     3 |     function one(uint256 a) internal pure returns (uint256) { return a; }
//       |              ^~~
// tests/lang/cases/check/calls_args.sol:12:14: error: function 'one' takes 1 argument, but 2 were given [E3010]
//    12 |         r += one(1, 2);
//       |              ^~~~~~~~~
// tests/lang/cases/check/calls_args.sol:3:14: note: declared here
//     3 |     function one(uint256 a) internal pure returns (uint256) { return a; }
//       |              ^~~
// tests/lang/cases/check/calls_args.sol:13:18: error: argument: bool is not implicitly convertible to expected type uint256 [E3000]
//    13 |         r += two(true, 1);
//       |                  ^~~~
// tests/lang/cases/check/calls_args.sol:13:24: error: argument: int_const 1 is not implicitly convertible to expected type bool [E3000]
//    13 |         r += two(true, 1);
//       |                        ^
// tests/lang/cases/check/calls_args.sol:14:18: error: argument: address is not implicitly convertible to expected type uint256 [E3000]
//    14 |         r += one(address(this));
//       |                  ^~~~~~~~~~~~~
// tests/lang/cases/check/calls_args.sol:15:18: error: argument: the value -1 does not fit into uint256 (range 0 to 2**256 - 1) [E3002]
//    15 |         r += one(-1);
//       |                  ^~
// tests/lang/cases/check/calls_args.sol:16:9: error: no overload of 'ov' accepts arguments (bool) [E2023]
//    16 |         ov(true);
//       |         ^~~~~~~~
// tests/lang/cases/check/calls_args.sol:6:14: note: candidate: ov
//     6 |     function ov(address a) internal pure returns (address) { return a; }
//       |              ^~
// tests/lang/cases/check/calls_args.sol:5:14: note: candidate: ov
//     5 |     function ov(uint256 a) internal pure returns (uint256) { return a; }
//       |              ^~
// tests/lang/cases/check/calls_args.sol:17:9: error: the call of 'amb' with arguments (int_const 1) matches 2 overloads [E2023]
//    17 |         amb(1);
//       |         ^~~~~~
// tests/lang/cases/check/calls_args.sol:8:14: note: candidate: amb
//     8 |     function amb(uint16 a) internal pure returns (uint256) { return a; }
//       |              ^~~
// tests/lang/cases/check/calls_args.sol:7:14: note: candidate: amb
//     7 |     function amb(uint8 a) internal pure returns (uint256) { return a; }
//       |              ^~~
// tests/lang/cases/check/calls_args.sol:18:14: error: 'ext' is external and cannot be called internally [E3038]
//    18 |         r += ext();
//       |              ^~~~~
//       = help: call it as this.ext(...) (an external call), or make it public
// tests/lang/cases/check/calls_args.sol:19:14: error: function 'ext' takes 0 arguments, but 1 was given [E3010]
//    19 |         r += this.ext(1);
//       |              ^~~~~~~~~~~
// tests/lang/cases/check/calls_args.sol:9:14: note: declared here
//     9 |     function ext() external pure returns (uint256) { return 1; }
//       |              ^~~
// 10 errors generated.
