// Events overload like functions: `emit` picks the one its arguments fit, by position or by
// their names and types, and refuses a call that fits none or several (solc 9322, 4487). An
// event reached through two bases is one event.
pragma solidity ^0.8.20;

contract Base {
    event Moved(uint256 amount, string note);
}

contract Left is Base {}

contract Right is Base {}

contract C is Left, Right {
    event Moved(string memo, uint256 amount);
    event Paid(uint256 amount, string note);
    event Paid(bytes note, int256 amount);

    function fine() external {
        emit Moved(1, "a");
        emit Moved("b", 2);
        emit Moved({memo: "c", amount: 3});
        emit Moved({amount: 6, note: "e"});
        emit Paid(4, "d");
        emit Paid(hex"01", -5);
    }

    function converted() external {
        emit Paid({amount: 7, note: "f"});
    }

    function none() external {
        emit Moved(true, 8);
    }
}

// ----
// tests/lang/cases/check/event_overloads.sol:29:14: error: No unique declaration found after argument-dependent lookup. [E2023]
//    29 |         emit Paid({amount: 7, note: "f"});
//       |              ^~~~
// tests/lang/cases/check/event_overloads.sol:17:11: note: candidate: Paid(bytes,int256)
//    17 |     event Paid(bytes note, int256 amount);
//       |           ^~~~
// tests/lang/cases/check/event_overloads.sol:16:11: note: candidate: Paid(uint256,string)
//    16 |     event Paid(uint256 amount, string note);
//       |           ^~~~
// tests/lang/cases/check/event_overloads.sol:33:14: error: No matching declaration found after argument-dependent lookup. [E2023]
//    33 |         emit Moved(true, 8);
//       |              ^~~~~
// tests/lang/cases/check/event_overloads.sol:15:11: note: candidate: Moved(string,uint256)
//    15 |     event Moved(string memo, uint256 amount);
//       |           ^~~~~
// tests/lang/cases/check/event_overloads.sol:7:11: note: candidate: Moved(uint256,string)
//     7 |     event Moved(uint256 amount, string note);
//       |           ^~~~~
// 2 errors generated.
