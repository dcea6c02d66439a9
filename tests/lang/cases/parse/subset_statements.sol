contract Statements {
    function f(address a) public returns (uint) {
        assembly { if 1 { } }
        try Other(a).g() returns (uint v) { return v; } catch { return 0; }
        g({x: 1, y: 2});
        uint[3] memory xs = [uint(1), 2, 3];
        string memory s = unicode"héllo";
        return +1;
    }
}
// ----
// tests/lang/cases/parse/subset_statements.sol:8:16: error: unary '+' is not allowed in Solidity 0.8 [E1010]
//     8 |         return +1;
//       |                ^
//       = help: remove the '+'
// 1 error generated.
