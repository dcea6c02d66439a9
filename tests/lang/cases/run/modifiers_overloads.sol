// Modifiers around early returns and with two placeholders; overloads chosen as solc does
// (a uint8 argument does not convert to int256, so f(uint8) and f(int256) are not ambiguous).
pragma solidity ^0.8.20;
contract ModifiersOverloads {
    event S(string s, uint256 v);
    uint256 depth;
    modifier around(uint256 k) { emit S("before", k); _; emit S("after", k); }
    modifier twice() { _; _; }
    function early(uint256 x) internal around(x) returns (uint256 r) {
        if (x > 5) return 99;
        r = x + 1;
    }
    function f(uint8 x) internal pure returns (string memory) { x; return "uint8"; }
    function f(int256 x) internal pure returns (string memory) { x; return "int256"; }
    function count() internal twice { depth += 1; emit S("count", depth); }
    function run() external payable {
        emit S("early", early(3));
        emit S("early", early(9));
        emit S(f(uint8(1)), 0);
        emit S(f(-1), 0);
        count();
        uint8 small = 7;
        emit S(f(small), small);
    }
}
// ----
// success
// S("before", "3")
// S("after", "3")
// S("early", "4")
// S("before", "9")
// S("after", "9")
// S("early", "99")
// S("uint8", "0")
// S("int256", "0")
// S("count", "1")
// S("count", "2")
// S("uint8", "7")
