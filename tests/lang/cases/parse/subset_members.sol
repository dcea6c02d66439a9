contract Members {
    using Lib for uint256;
    type Weight is uint64;
    function (uint) external returns (uint) callback;
    bytes7 short;
    fixed128x18 ratio;
    bytes4 selector;
    bytes32 hash;
}
// ----
// tests/lang/cases/parse/subset_members.sol:2:5: error: 'using ... for' is not supported by Mallory's subset (LANGUAGE.md §2) [E4004]
//     2 |     using Lib for uint256;
//       |     ^~~~~
//       = help: call the library function directly
// tests/lang/cases/parse/subset_members.sol:3:5: error: user-defined value types 'type X is T' are not supported by Mallory's subset (LANGUAGE.md §3) [E4009]
//     3 |     type Weight is uint64;
//       |     ^~~~
//       = help: use the underlying type directly
// tests/lang/cases/parse/subset_members.sol:4:5: error: function types are not supported by Mallory's subset (LANGUAGE.md §3) [E4006]
//     4 |     function (uint) external returns (uint) callback;
//       |     ^~~~~~~~
// tests/lang/cases/parse/subset_members.sol:5:5: error: 'bytes7' is not supported by Mallory's subset (LANGUAGE.md §3) [E4011]
//     5 |     bytes7 short;
//       |     ^~~~~~
//       = help: the fixed-size byte types in the subset are 'bytes4' and 'bytes32'; 'bytes' and 'string' are available for memory values
// tests/lang/cases/parse/subset_members.sol:6:5: error: fixed-point type 'fixed128x18' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//     6 |     fixed128x18 ratio;
//       |     ^~~~~~~~~~~
// 5 errors generated.
