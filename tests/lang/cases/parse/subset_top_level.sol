// File-level declarations and libraries are in the subset (tests/lang/cases/check and run
// test their meaning); what stays outside at file level is rejected by the parser.
// user-defined value types are in the subset: tests/lang/cases/check/value_types*.sol
fixed128x18 constant RATIO = 1;

contract Ok {}
// ----
// tests/lang/cases/parse/subset_top_level.sol:4:1: error: fixed-point type 'fixed128x18' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//     4 | fixed128x18 constant RATIO = 1;
//       | ^~~~~~~~~~~
// 1 error generated.
