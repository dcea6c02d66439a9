// An import alias names a file's scope: `M.x` for what the file declares or imports under the
// name x, nothing else. The alias itself is neither a value, a type, a contract nor a library.
pragma solidity ^0.8.20;

import "./module_aliases/lib.sol" as M;
import * as N from "./module_aliases/consts.sol";

contract NotABase is M {}

contract Uses is M.Virtual {
    using M for uint256;
    using {M.g} for uint256;

    M notAType;

    function names() external pure returns (uint256) {
        uint256 a = M.missing();
        uint256 b = M.K; // lib.sol imports K as Renamed
        return a + b + M.Renamed + N.K;
    }

    function values(bool flag) external returns (uint256) {
        uint256 a = M;
        uint256 b = M(1);
        uint256 c = (flag ? M : N).f();
        new M();
        abi.encode(N);
        type(M);
        emit M.f();
        return a + b + c;
    }

    function notMine() external M.C.m {}

    function virtualThroughBase() external M.Virtual.v {}

    function fromLibrary() external M.L.onlyHere {}
}
// ----
// tests/lang/cases/check/module_aliases_rejected.sol:8:22: error: 'M' is not a contract or interface and cannot be a base [E2008]
//     8 | contract NotABase is M {}
//       |                      ^
// tests/lang/cases/check/module_aliases_rejected.sol:11:11: error: Library name expected. If you want to attach a function, use '{...}'. [E3000]
//    11 |     using M for uint256;
//       |           ^
// tests/lang/cases/check/module_aliases_rejected.sol:12:12: error: Identifier not found or not unique: 'M.g' [E2000]
//    12 |     using {M.g} for uint256;
//       |            ^~~
// tests/lang/cases/check/module_aliases_rejected.sol:14:5: error: 'M' is not a type [E2007]
//    14 |     M notAType;
//       |     ^
// tests/lang/cases/check/module_aliases_rejected.sol:17:23: error: module "tests/lang/cases/check/module_aliases/lib.sol" has no member 'missing' [E2006]
//    17 |         uint256 a = M.missing();
//       |                       ^~~~~~~
// tests/lang/cases/check/module_aliases_rejected.sol:18:23: error: module "tests/lang/cases/check/module_aliases/lib.sol" has no member 'K' [E2006]
//    18 |         uint256 b = M.K; // lib.sol imports K as Renamed
//       |                       ^
//       = help: "tests/lang/cases/check/module_aliases/lib.sol" has it as 'Renamed'
// tests/lang/cases/check/module_aliases_rejected.sol:23:21: error: initial value: module "tests/lang/cases/check/module_aliases/lib.sol" is not implicitly convertible to expected type uint256 [E3000]
//    23 |         uint256 a = M;
//       |                     ^
// tests/lang/cases/check/module_aliases_rejected.sol:24:21: error: 'M' is not a function: it is of type module "tests/lang/cases/check/module_aliases/lib.sol" [E3013]
//    24 |         uint256 b = M(1);
//       |                     ^
// tests/lang/cases/check/module_aliases_rejected.sol:25:22: error: the branches of '?:' have incompatible types module "tests/lang/cases/check/module_aliases/lib.sol" and module "tests/lang/cases/check/module_aliases/consts.sol" [E3000]
//    25 |         uint256 c = (flag ? M : N).f();
//       |                      ^~~~~~~~~~~~
// tests/lang/cases/check/module_aliases_rejected.sol:26:13: error: 'new' needs a contract or an array type; 'M' is neither [E2008]
//    26 |         new M();
//       |             ^
// tests/lang/cases/check/module_aliases_rejected.sol:27:20: error: module "tests/lang/cases/check/module_aliases/consts.sol" cannot be ABI-encoded [E3000]
//    27 |         abi.encode(N);
//       |                    ^
// tests/lang/cases/check/module_aliases_rejected.sol:28:14: error: a type is expected here, but 'M' is a value of type module "tests/lang/cases/check/module_aliases/lib.sol" [E2007]
//    28 |         type(M);
//       |              ^
// tests/lang/cases/check/module_aliases_rejected.sol:29:14: error: 'emit' needs an event, but 'M.f' is function () pure returns (uint256) [E3014]
//    29 |         emit M.f();
//       |              ^~~
// tests/lang/cases/check/module_aliases_rejected.sol:33:33: error: Can only use modifiers defined in the current contract or in base contracts. [E3016]
//    33 |     function notMine() external M.C.m {}
//       |                                 ^~~~~
// tests/lang/cases/check/module_aliases_rejected.sol:35:44: error: a virtual modifier named through its contract ('M.Virtual.v') is not in Mallory's subset [E4000]
//    35 |     function virtualThroughBase() external M.Virtual.v {}
//       |                                            ^~~~~~~~~~~
//       = help: write 'v' to run the most derived version
// tests/lang/cases/check/module_aliases_rejected.sol:37:37: error: Can only use modifiers defined in the current contract or in base contracts. [E3016]
//    37 |     function fromLibrary() external M.L.onlyHere {}
//       |                                     ^~~~~~~~~~~~
// 16 errors generated.
