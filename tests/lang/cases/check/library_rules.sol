pragma solidity ^0.8.20;
library Bad {
    uint256 count;
    constructor() {}
    function pay() public payable {}
    function v() internal virtual {}
    receive() external payable {}
}
contract Base {}
library Inherits is Base {}
library Fine {
    function f() internal pure {}
}
contract FromLib is Fine {}
function visible() public pure {}
function noBody() pure;
uint256 notConstant = 1;
library Rules {
    modifier mv() virtual { _; }
    function f() internal pure { (super); }
}
contract UsesLibraryAsType {
    Rules r;
    using Fine for Rules;
}
uint constant _ = 3;
// ----
// tests/lang/cases/check/library_rules.sol:3:5: error: Library cannot have non-constant state variables [E3027]
//     3 |     uint256 count;
//       |     ^~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:4:5: error: Constructor cannot be defined in libraries. [E3034]
//     4 |     constructor() {}
//       |     ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:5:5: error: Library functions cannot be payable. [E3026]
//     5 |     function pay() public payable {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:6:5: error: Library functions cannot be "virtual". [E3034]
//     6 |     function v() internal virtual {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:7:5: error: Library functions cannot be payable. [E3026]
//     7 |     receive() external payable {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:7:5: error: Libraries cannot have receive ether functions. [E3034]
//     7 |     receive() external payable {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:10:1: error: Library is not allowed to inherit. [E2008]
//    10 | library Inherits is Base {}
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:14:21: error: Libraries cannot be inherited from. [E2008]
//    14 | contract FromLib is Fine {}
//       |                     ^~~~
// tests/lang/cases/check/library_rules.sol:15:1: error: Free functions cannot have visibility. [E3025]
//    15 | function visible() public pure {}
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:16:1: error: Free functions must be implemented. [E2018]
//    16 | function noBody() pure;
//       | ^~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:17:1: error: Only constant variables are allowed at file level. [E3027]
//    17 | uint256 notConstant = 1;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:19:5: error: Modifiers in a library cannot be virtual. [E3016]
//    19 |     modifier mv() virtual { _; }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/library_rules.sol:20:35: error: Undeclared identifier. "super" is not (or not yet) visible at this point. [E2000]
//    20 |     function f() internal pure { (super); }
//       |                                   ^~~~~
// tests/lang/cases/check/library_rules.sol:23:5: error: Invalid use of a library name. [E2007]
//    23 |     Rules r;
//       |     ^~~~~
// tests/lang/cases/check/library_rules.sol:24:20: error: Invalid use of a library name. [E2007]
//    24 |     using Fine for Rules;
//       |                    ^~~~~
// tests/lang/cases/check/library_rules.sol:26:1: error: The name "_" is reserved. [E2004]
//    26 | uint constant _ = 3;
//       | ^~~~~~~~~~~~~~~~~~~~
// 16 errors generated.
