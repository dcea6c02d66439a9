pragma solidity ^0.8.20;
// Errors a contract declares or uses cannot share a selector (gsf() and tgeo() do).
library L {
    error gsf();
}
contract C {
    error tgeo();
    function f(bool a) public pure {
        if (a) revert L.gsf();
        else revert tgeo();
    }
}

// ----
// tests/lang/cases/check/error_selector_collision.sol:7:11: error: Error signature hash collision for tgeo() [E2021]
//     7 |     error tgeo();
//       |           ^~~~
// 1 error generated.
