pragma solidity ^0.8.20;
interface IBad {
    uint256 x;
    constructor() {}
    function f() public;
    function g() external returns (uint256) { return 1; }
    modifier m() { _; }
}
contract NotAbstract {
    function f() public virtual;
}
abstract contract Fine {
    function f() public virtual;
}
contract Impl is Fine {}
// ----
// tests/lang/cases/check/interfaces.sol:3:5: error: interface 'IBad' cannot declare state variable 'x' [E2019]
//     3 |     uint256 x;
//       |     ^~~~~~~~~~
// tests/lang/cases/check/interfaces.sol:4:5: error: interface 'IBad' cannot have a constructor [E2019]
//     4 |     constructor() {}
//       |     ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/interfaces.sol:5:14: error: function 'f' in interface 'IBad' must be external [E2019]
//     5 |     function f() public;
//       |              ^
// tests/lang/cases/check/interfaces.sol:6:5: error: function 'g' in interface 'IBad' cannot have an implementation [E2019]
//     6 |     function g() external returns (uint256) { return 1; }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/interfaces.sol:7:14: error: interface 'IBad' cannot declare modifier 'm' [E2019]
//     7 |     modifier m() { _; }
//       |              ^
// tests/lang/cases/check/interfaces.sol:9:10: error: contract 'NotAbstract' has unimplemented functions and must be marked 'abstract' [E2018]
//     9 | contract NotAbstract {
//       |          ^~~~~~~~~~~
//       = help: implement the functions, or write 'abstract contract'
// tests/lang/cases/check/interfaces.sol:10:14: note: 'f' is not implemented
//    10 |     function f() public virtual;
//       |              ^
// tests/lang/cases/check/interfaces.sol:15:10: error: contract 'Impl' has unimplemented functions and must be marked 'abstract' [E2018]
//    15 | contract Impl is Fine {}
//       |          ^~~~
//       = help: implement the functions, or write 'abstract contract'
// tests/lang/cases/check/interfaces.sol:13:14: note: 'f' is not implemented
//    13 |     function f() public virtual;
//       |              ^
// 7 errors generated.
