pragma solidity ^0.8.20;
// Unicode direction overrides (RLO, LRO, RLE, LRE) in a comment must each be closed by a PDF
// in the same comment, as solc requires (its error 8936): otherwise the text displays in
// another order than it is compiled ("Trojan Source").
contract C {
    function f() public pure returns (uint256) {
        // balanced ‮‪x‬‬ is fine
        /* balanced ‮x‬ is fine */
        // underflow ‬
        /* left open ‮ */
        return 1; /* closed before opened ‬‮ */
    }
}
// ----
// tests/lang/cases/parse/direction_override.sol:9:9: error: Unicode direction override underflow in comment or string literal. [E1109]
//     9 |         // underflow ‬
//       |         ^~~~~~~~~~~~~
// tests/lang/cases/parse/direction_override.sol:10:9: error: Mismatching directional override markers in comment or string literal. [E1109]
//    10 |         /* left open ‮ */
//       |         ^~~~~~~~~~~~~~~~~~~
//       = help: close each direction override (RLO, LRO, RLE, LRE) with a PDF in the comment
// tests/lang/cases/parse/direction_override.sol:11:19: error: Unicode direction override underflow in comment or string literal. [E1109]
//    11 |         return 1; /* closed before opened ‬‮ */
//       |                   ^~~~~~~~~~~~~~~~~~~~~~~~
// 3 errors generated.
