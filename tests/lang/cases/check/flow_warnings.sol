pragma solidity ^0.8.20;
contract W {
    function unreachable(uint256 a) public pure returns (uint256) {
        return a;
        a = 2;
    }
    function missing(uint256 a) public pure returns (uint256) {
        if (a > 1) {
            return a;
        }
    }
    function unused(uint256 a, uint256 b) public pure returns (uint256) {
        uint256 c = 1;
        return a;
    }
    function loops(uint256 n) public pure returns (uint256 s) {
        for (uint256 i = 0; i < n; i++) {
            if (i == 3) continue;
            if (i == 5) break;
            s += i;
        }
        while (s > 100) s -= 1;
        do { s += 1; } while (s < 2);
        break;
    }
}
// ----
// tests/lang/cases/check/flow_warnings.sol:5:9: warning: unreachable code [E3030]
//     5 |         a = 2;
//       |         ^~~~~~
// tests/lang/cases/check/flow_warnings.sol:7:54: warning: unnamed return variable can remain unassigned: not every path ends with a 'return' [E3031]
//     7 |     function missing(uint256 a) public pure returns (uint256) {
//       |                                                      ^~~~~~~
//       = help: add a return with a value to every path that does not revert, or name the return variable
// tests/lang/cases/check/flow_warnings.sol:12:32: warning: unused function parameter 'b' [E3029]
//    12 |     function unused(uint256 a, uint256 b) public pure returns (uint256) {
//       |                                ^~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/flow_warnings.sol:13:9: warning: unused local variable 'c' [E3029]
//    13 |         uint256 c = 1;
//       |         ^~~~~~~~~
// tests/lang/cases/check/flow_warnings.sol:24:9: error: 'break' outside of a loop [E3019]
//    24 |         break;
//       |         ^~~~~~
// 1 error and 4 warnings generated.
