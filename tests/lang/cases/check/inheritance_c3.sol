pragma solidity ^0.8.20;
contract X {}
contract A is X {}
contract Good is X, A {}
contract Bad is A, X {}
contract Self is Self {}
contract P is Q {}
contract Q is P {}
contract NotThere is Missing {}
// ----
// tests/lang/cases/check/inheritance_c3.sol:5:10: error: linearization of the inheritance graph of 'Bad' is impossible [E2010]
//     5 | contract Bad is A, X {}
//       |          ^~~
//       = help: in 'is A, B' the bases go from "most base-like" to "most derived": a base listed later must not be a base of one listed earlier
// tests/lang/cases/check/inheritance_c3.sol:6:18: error: contract 'Self' cannot inherit from itself [E2009]
//     6 | contract Self is Self {}
//       |                  ^~~~
// tests/lang/cases/check/inheritance_c3.sol:7:10: error: contract 'P' inherits from itself through its bases [E2009]
//     7 | contract P is Q {}
//       |          ^
// tests/lang/cases/check/inheritance_c3.sol:8:10: error: contract 'Q' inherits from itself through its bases [E2009]
//     8 | contract Q is P {}
//       |          ^
// tests/lang/cases/check/inheritance_c3.sol:9:22: error: undeclared type 'Missing' [E2000]
//     9 | contract NotThere is Missing {}
//       |                      ^~~~~~~
// 5 errors generated.
