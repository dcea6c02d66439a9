pragma solidity ^0.8.20;
// `pragma experimental` names one feature solc knows, once per file (solc 6022, 3250, 8491, 1231).
pragma experimental ABIEncoderV2;
pragma experimental ABIEncoderV2;
pragma experimental unsupportedName;
pragma experimental "";
pragma experimental ABIEncoderV2 SMTChecker;

contract C {}
// ----
// tests/lang/cases/parse/pragma_experimental.sol:4:1: error: Duplicate experimental feature name. [E1203]
//     4 | pragma experimental ABIEncoderV2;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: solc's experimental features are ABIEncoderV2, SMTChecker and solidity, each named once
// tests/lang/cases/parse/pragma_experimental.sol:5:1: error: Unsupported experimental feature name. [E1203]
//     5 | pragma experimental unsupportedName;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: solc's experimental features are ABIEncoderV2, SMTChecker and solidity, each named once
// tests/lang/cases/parse/pragma_experimental.sol:6:1: error: Empty experimental feature name is invalid. [E1203]
//     6 | pragma experimental "";
//       | ^~~~~~~~~~~~~~~~~~~~~~~
//       = help: solc's experimental features are ABIEncoderV2, SMTChecker and solidity, each named once
// tests/lang/cases/parse/pragma_experimental.sol:7:1: error: Stray arguments. [E1203]
//     7 | pragma experimental ABIEncoderV2 SMTChecker;
//       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: solc's experimental features are ABIEncoderV2, SMTChecker and solidity, each named once
// 4 errors generated.
