pragma solidity ^0.8.20;
abstract contract Abs { function f() public virtual returns (uint256); }
interface IFace { function g() external; }
contract WithArgs { constructor(uint256 a) {} }
contract Holder { struct NotContract { uint256 x; } }
contract TwiceArgs is WithArgs(1) {
    constructor() WithArgs(2) {}
}
contract WrongCount is WithArgs(1, 2) {}
contract BaseIsStruct is Holder.NotContract {}
contract Maker {
    uint256 value;
    function make() public returns (address) {
        Abs a = new Abs();
        IFace i = new IFace();
        return address(a) == address(i) ? address(0) : address(1);
    }
    function value() public pure returns (uint256) { return 1; }
    function useNotAType(bytes memory data) public pure returns (uint256) {
        return abi.decode(data, (value));
    }
    function localOfFunctionType() public pure {
        make m;
    }
}
contract Collide {
    function f8491() external {}
    function f130736() external {}
}
// ----
// tests/lang/cases/check/bases_and_names.sol:4:33: warning: unused function parameter 'a' [E3029]
//     4 | contract WithArgs { constructor(uint256 a) {} }
//       |                                 ^~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/bases_and_names.sol:7:19: error: arguments for the constructor of 'WithArgs' are given more than once [E2011]
//     7 |     constructor() WithArgs(2) {}
//       |                   ^~~~~~~~~~~
// tests/lang/cases/check/bases_and_names.sol:6:23: note: first given here
//     6 | contract TwiceArgs is WithArgs(1) {
//       |                       ^~~~~~~~~~~
// tests/lang/cases/check/bases_and_names.sol:9:24: error: the constructor of 'WithArgs' takes 1 argument, but 2 were given [E2012]
//     9 | contract WrongCount is WithArgs(1, 2) {}
//       |                        ^~~~~~~~~~~~~~
// tests/lang/cases/check/bases_and_names.sol:10:26: error: 'Holder.NotContract' is not a contract or interface and cannot be a base [E2008]
//    10 | contract BaseIsStruct is Holder.NotContract {}
//       |                          ^~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/bases_and_names.sol:14:17: error: cannot create an instance of abstract contract 'Abs' [E2020]
//    14 |         Abs a = new Abs();
//       |                 ^~~~~~~
// tests/lang/cases/check/bases_and_names.sol:15:19: error: cannot create an instance of interface 'IFace' [E2020]
//    15 |         IFace i = new IFace();
//       |                   ^~~~~~~~~
// tests/lang/cases/check/bases_and_names.sol:18:14: error: 'value' is already declared in 'Maker' [E2004]
//    18 |     function value() public pure returns (uint256) { return 1; }
//       |              ^~~~~
// tests/lang/cases/check/bases_and_names.sol:12:13: note: previous declaration is here
//    12 |     uint256 value;
//       |             ^~~~~
// tests/lang/cases/check/bases_and_names.sol:20:34: error: a type is expected here, but 'value' is a value of type function () pure returns (uint256) [E2007]
//    20 |         return abi.decode(data, (value));
//       |                                  ^~~~~
// tests/lang/cases/check/bases_and_names.sol:23:9: error: 'make' is not a type: it is a function of 'Maker' [E2007]
//    23 |         make m;
//       |         ^~~~
// tests/lang/cases/check/bases_and_names.sol:23:9: warning: unused local variable 'm' [E3029]
//    23 |         make m;
//       |         ^~~~~~
// tests/lang/cases/check/bases_and_names.sol:27:14: error: functions 'f130736()' and 'f8491()' have the same selector 0x62018627 [E2021]
//    27 |     function f8491() external {}
//       |              ^~~~~
// tests/lang/cases/check/bases_and_names.sol:28:14: note: other function is here
//    28 |     function f130736() external {}
//       |              ^~~~~~~
// 9 errors and 2 warnings generated.
