contract Members {
    // user-defined value types are in the subset: tests/lang/cases/check/value_types*.sol
    function (uint) external returns (uint) callback;
    bytes7 short;
    fixed128x18 ratio;
    bytes4 selector;
    bytes32 hash;
}
// ----
// tests/lang/cases/parse/subset_members.sol:5:5: error: fixed-point type 'fixed128x18' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//     5 |     fixed128x18 ratio;
//       |     ^~~~~~~~~~~
// 1 error generated.
