pragma solidity ^0.8.20;
// Unicode direction overrides (RLO, LRO, RLE, LRE) in a comment must each be closed by a PDF
// in the same comment, as solc requires (its error 8936): otherwise the text displays in
// another order than it is compiled ("Trojan Source"). Each line below that has errors holds
// as many PDFs as overrides, so the quoted line in the expectations is balanced itself.
contract C {
    function f() public pure returns (uint256) {
        // balanced ‮‪x‬‬ is fine
        /* balanced ‮x‬ is fine */
        /* left open ‮ */ // closed without an opener ‬
        uint256 x = 1; /* left open ‮ */ /* closed before opened ‬‮ */ // ‬
        return x;
    }
}
// ----
// tests/lang/cases/parse/direction_override.sol:10:9: error: Mismatching directional override markers in comment or string literal. [E1109]
//    10 |         /* left open ‮ */ // closed without an opener ‬
//       |         ^~~~~~~~~~~~~~~~~~~
//       = help: close each direction override (RLO, LRO, RLE, LRE) with a PDF in the comment
// tests/lang/cases/parse/direction_override.sol:10:29: error: Unicode direction override underflow in comment or string literal. [E1109]
//    10 |         /* left open ‮ */ // closed without an opener ‬
//       |                             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/parse/direction_override.sol:11:24: error: Mismatching directional override markers in comment or string literal. [E1109]
//    11 |         uint256 x = 1; /* left open ‮ */ /* closed before opened ‬‮ */ // ‬
//       |                        ^~~~~~~~~~~~~~~~~~~
//       = help: close each direction override (RLO, LRO, RLE, LRE) with a PDF in the comment
// tests/lang/cases/parse/direction_override.sol:11:44: error: Unicode direction override underflow in comment or string literal. [E1109]
//    11 |         uint256 x = 1; /* left open ‮ */ /* closed before opened ‬‮ */ // ‬
//       |                                            ^~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/parse/direction_override.sol:11:78: error: Unicode direction override underflow in comment or string literal. [E1109]
//    11 |         uint256 x = 1; /* left open ‮ */ /* closed before opened ‬‮ */ // ‬
//       |                                                                              ^~~
// 5 errors generated.
