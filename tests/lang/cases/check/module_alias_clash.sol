// An import alias is a name of the file scope like any other: a second alias of the same name
// clashes with it, and so does a contract (reported at the later of the two, as solc does).
pragma solidity ^0.8.20;

import "./module_aliases/consts.sol" as M;
import * as M from "./module_aliases/lib.sol";
import "./module_aliases/consts.sol" as Consts;

contract Consts {}
// ----
// tests/lang/cases/check/module_alias_clash.sol:6:1: error: import of 'M' clashes with another declaration of that name [E2004]
//     6 | import * as M from "./module_aliases/lib.sol";
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/module_alias_clash.sol:5:1: note: other declaration is here
//     5 | import "./module_aliases/consts.sol" as M;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/module_alias_clash.sol:9:10: error: 'Consts' is already declared by an import [E2004]
//     9 | contract Consts {}
//       |          ^~~~~~
// tests/lang/cases/check/module_alias_clash.sol:7:1: note: the import is here
//     7 | import "./module_aliases/consts.sol" as Consts;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 2 errors generated.
