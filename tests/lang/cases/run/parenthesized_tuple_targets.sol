// Parentheses around a tuple of targets change nothing: `(((a, ), )) = ((1, 2), 3)` assigns
// a from the nested tuple, `((a, b)) = (2, true)` both, `((, ), ) = ...` nothing; the right
// side's calls still run, left to right.
pragma solidity ^0.8.20;

contract ParenthesizedTupleTargets {
    event I(int256 v);
    event B(bool v);
    event U(uint256 v);

    uint256 stored;
    bytes1 b1;

    function seen(uint256 v) internal returns (uint256) {
        emit U(v);
        return v;
    }

    function run() external payable {
        int256 a;
        bool b;
        ((a, b)) = (2, true);
        emit I(a);
        emit B(b);
        (((a, ), )) = ((1, 2), 3);
        emit I(a);
        (((, a), )) = ((5, 6), 7);
        emit I(a);
        ((, ), ) = ((seen(7), seen(8)), seen(9));
        (((stored, ), b)) = ((seen(10), 11), false);
        emit U(stored);
        emit B(b);
        bytes1 x = 0x42;
        (((, , b1))) = (1, 2, x);
        emit U(uint8(b1));
    }
}
// ----
// success
// I("2")
// B(true)
// I("1")
// I("6")
// U("7")
// U("8")
// U("9")
// U("10")
// U("10")
// B(false)
// U("66")
