// A public state variable that implements functions of its bases obeys the rules of a function
// that does: its override list names exactly the bases whose functions it overrides (solc
// 4327, 2353) and its getter returns what they return (4822). A getter is never virtual: a
// function of a derived contract with its name and parameters cannot override it (1452), and
// a function of the derived contract cannot take its name at all (9097).
pragma solidity ^0.8.20;

interface IA {
    function value() external view returns (uint256);
}

interface IB {
    function value() external view returns (uint256);
}

interface IC {}

contract Both is IA, IB {
    uint256 public override(IA, IB) value;
}

contract OneListed is IA, IB {
    uint256 public override(IA) value;
}

contract NoList is IA, IB {
    uint256 public override value;
}

contract Stranger is IA, IC {
    uint256 public override(IA, IC) value;
}

contract OtherType is IA {
    int256 public override value;
}

contract Base {
    uint256 public count;
}

contract Derived is Base {
    function count() public pure returns (uint256) {
        return 1;
    }
}

contract Overload is Base {
    function count(uint256 x) public pure returns (uint256) {
        return x;
    }
}

// ----
// tests/lang/cases/check/public_var_overrides.sol:23:20: error: 'value' overrides functions of several bases and must list them: override(IA, IB) [E2017]
//    23 |     uint256 public override(IA) value;
//       |                    ^~~~~~~~~~~~
//       = help: missing: IB
// tests/lang/cases/check/public_var_overrides.sol:27:20: error: 'value' overrides functions of several bases and must list them: override(IA, IB) [E2017]
//    27 |     uint256 public override value;
//       |                    ^~~~~~~~
//       = help: missing: IA, IB
// tests/lang/cases/check/public_var_overrides.sol:31:33: error: 'IC' in the override list of 'value' is not a base whose version it overrides [E2017]
//    31 |     uint256 public override(IA, IC) value;
//       |                                 ^~
//       = help: the direct bases see 'value' of: IA
// tests/lang/cases/check/public_var_overrides.sol:35:28: error: Overriding public state variable return types differ. [E2015]
//    35 |     int256 public override value;
//       |                            ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:9:14: note: overridden function is here
//     9 |     function value() external view returns (uint256);
//       |              ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:39:20: error: Cannot override public state variable. [E2014]
//    39 |     uint256 public count;
//       |                    ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:43:14: note: function 'count' of 'Derived' overrides it
//    43 |     function count() public pure returns (uint256) {
//       |              ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:43:14: error: Identifier already declared. [E2004]
//    43 |     function count() public pure returns (uint256) {
//       |              ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:39:20: note: the previous declaration is here
//    39 |     uint256 public count;
//       |                    ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:49:14: error: Identifier already declared. [E2004]
//    49 |     function count(uint256 x) public pure returns (uint256) {
//       |              ^~~~~
// tests/lang/cases/check/public_var_overrides.sol:39:20: note: the previous declaration is here
//    39 |     uint256 public count;
//       |                    ^~~~~
// 7 errors generated.
