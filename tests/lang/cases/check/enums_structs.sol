pragma solidity ^0.8.20;
contract ES {
    enum State { Open, Closed }
    struct Bid { address bidder; uint256 amount; }
    State state = State.Open;
    Bid best;
    mapping(uint256 => Bid) bids;
    function f() public {
        state = State.Closed;
        best.amount = 1;
        bids[1].bidder = msg.sender;
        state = State.Gone;
        best.value = 2;
    }
}
// ----
// tests/lang/cases/check/enums_structs.sol:12:23: error: enum ES.State has no member 'Gone' [E2006]
//    12 |         state = State.Gone;
//       |                       ^~~~
// tests/lang/cases/check/enums_structs.sol:13:14: error: struct ES.Bid storage has no member 'value' [E2006]
//    13 |         best.value = 2;
//       |              ^~~~~
// 2 errors generated.
