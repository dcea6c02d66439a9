// File-level declarations and libraries are in the subset (tests/lang/cases/check and run
// test their meaning); what stays outside at file level is rejected by the parser.
type Price is uint128;
fixed128x18 constant RATIO = 1;

contract Ok {}
// ----
// tests/lang/cases/parse/subset_top_level.sol:3:1: error: user-defined value types 'type X is T' are not supported by Mallory's subset (LANGUAGE.md §3) [E4009]
//     3 | type Price is uint128;
//       | ^~~~
//       = help: use the underlying type directly
// tests/lang/cases/parse/subset_top_level.sol:4:1: error: fixed-point type 'fixed128x18' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//     4 | fixed128x18 constant RATIO = 1;
//       | ^~~~~~~~~~~
// 2 errors generated.
