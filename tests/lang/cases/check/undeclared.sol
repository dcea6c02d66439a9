pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) balances;
    function total(uint256 extra) public view returns (uint256) {
        uint256 sum = balance + extra;
        return sum + totl;
    }
}
// ----
// tests/lang/cases/check/undeclared.sol:5:23: error: undeclared identifier 'balance' [E2000]
//     5 |         uint256 sum = balance + extra;
//       |                       ^~~~~~~
//       = help: did you mean 'balances'?
// tests/lang/cases/check/undeclared.sol:6:22: error: undeclared identifier 'totl' [E2000]
//     6 |         return sum + totl;
//       |                      ^~~~
//       = help: did you mean 'total'?
// 2 errors generated.
