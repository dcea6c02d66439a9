pragma solidity ^0.8.20;
// Enum values are ordered by ordinal (<, >, <=, >= as in solc); bools are not.
contract EnumOrder {
    enum Stage { Init, Open, Done }
    Stage stage;
    function f(Stage s) public view returns (bool, bool, bool, bool) {
        return (s < stage, s > Stage.Init, s <= Stage.Done, stage >= s);
    }
    function g(bool a, bool b) public pure returns (bool) {
        return a < b;
    }
}
// ----
// tests/lang/cases/check/enum_order.sol:10:16: error: operator '<' is not compatible with types bool and bool [E3003]
//    10 |         return a < b;
//       |                ^~~~~
// 1 error generated.
