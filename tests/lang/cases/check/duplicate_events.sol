pragma solidity ^0.8.20;
// solc rejects two events with the same name and parameter types in one contract, own or
// inherited; an overload with other types, and one event reached twice through bases, are fine.
contract A {
    event E(uint256 v);
}
contract B {
    event E(uint256 v);
}
contract FromTwoBases is A, B {}
contract Redeclared is A {
    event E(uint256 v);
}
contract Overloaded is A {
    event E(uint8 v);
}
contract Diamond is A, Overloaded {}
contract Own {
    event F(bool x);
    event F(bool y);
}
// ----
// tests/lang/cases/check/duplicate_events.sol:10:10: error: event 'E(uint256)' with the same parameter types is defined twice in 'FromTwoBases' [E2004]
//    10 | contract FromTwoBases is A, B {}
//       |          ^~~~~~~~~~~~
// tests/lang/cases/check/duplicate_events.sol:8:11: note: other definition is here
//     8 |     event E(uint256 v);
//       |           ^
// tests/lang/cases/check/duplicate_events.sol:12:11: error: event 'E(uint256)' with the same parameter types is defined twice in 'Redeclared' [E2004]
//    12 |     event E(uint256 v);
//       |           ^
// tests/lang/cases/check/duplicate_events.sol:5:11: note: other definition is here
//     5 |     event E(uint256 v);
//       |           ^
// tests/lang/cases/check/duplicate_events.sol:20:11: error: event 'F(bool)' with the same parameter types is defined twice in 'Own' [E2004]
//    20 |     event F(bool y);
//       |           ^
// tests/lang/cases/check/duplicate_events.sol:19:11: note: other definition is here
//    19 |     event F(bool x);
//       |           ^
// 3 errors generated.
