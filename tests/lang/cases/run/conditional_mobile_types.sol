// The branches of `?:` meet at their mobile types, as in solc: internal functions of one
// signature are function values (pure and view meet at view), and tuples of literals are
// tuples of their types (string memory, uint8 meeting uint16).
pragma solidity ^0.8.20;

contract Conditional {
    event U(uint256 v);
    event S(string s, uint256 n);

    uint256 base = 100;

    function add(uint256 a, uint256 b) internal pure returns (uint256) { return a + b; }
    function sub(uint256 a, uint256 b) internal pure returns (uint256) { return a - b; }
    function offset(uint256 a, uint256 b) internal view returns (uint256) { return base + a - b; }

    function pair(bool ok) internal pure returns (string memory, uint256) {
        return ok ? ("yes", 1) : ("no", 1000);
    }

    function run() external payable {
        bool more = msg.value > 0;
        function (uint256, uint256) internal pure returns (uint256) op = more ? add : sub;
        emit U(op(5, 3));
        emit U((!more ? add : sub)(5, 3));
        function (uint256, uint256) internal view returns (uint256) v = more ? offset : add;
        emit U(v(5, 3));
        (string memory s, uint256 n) = pair(more);
        emit S(s, n);
        (s, n) = pair(!more);
        emit S(s, n);
        (uint8 x, bool y) = more ? (7, true) : (8, false);
        emit U(x);
        emit U(y ? 1 : 0);
    }
}
// ----
// success
// U("8")
// U("2")
// U("102")
// S("yes", "1")
// S("no", "1000")
// U("7")
// U("1")
