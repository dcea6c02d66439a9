// An override list names each base once (solc 4520), for a function and for a public state
// variable alike.
pragma solidity ^0.8.20;

interface I {
    function f() external view returns (uint256);
    function g() external view returns (uint256);
}

interface J {
    function f() external view returns (uint256);
    function g() external view returns (uint256);
}

contract Fine is I, J {
    uint256 public override(I, J) g;

    function f() external pure override(I, J) returns (uint256) {
        return 1;
    }
}

contract Twice is I, J {
    uint256 public override(I, J, J) g;

    function f() external pure override(J, I, J, I) returns (uint256) {
        return 1;
    }
}

// ----
// tests/lang/cases/check/override_list_duplicates.sol:24:35: error: Duplicate contract "J" found in override list of "g". [E2017]
//    24 |     uint256 public override(I, J, J) g;
//       |                                   ^
// tests/lang/cases/check/override_list_duplicates.sol:26:47: error: Duplicate contract "J" found in override list of "f". [E2017]
//    26 |     function f() external pure override(J, I, J, I) returns (uint256) {
//       |                                               ^
// tests/lang/cases/check/override_list_duplicates.sol:26:50: error: Duplicate contract "I" found in override list of "f". [E2017]
//    26 |     function f() external pure override(J, I, J, I) returns (uint256) {
//       |                                                  ^
// 3 errors generated.
