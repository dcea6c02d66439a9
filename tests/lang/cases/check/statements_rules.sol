pragma solidity ^0.8.20;
contract Rules {
    struct Node { uint256 v; Node next; }
    event Done(uint256 v);
    error Bad(uint256 v);
    uint256 constant LIMIT = block.number;
    uint256 constant UNSET;
    uint256[LIMIT] arr;
    uint256[0] empty;
    uint256 number;
    function noVisibility() {}
    function calls(uint256 x) public {
        number(1);
        emit Bad(1);
        uint256 y = this.empty();
        uint256 z = nothing();
        x;
        x == 1;
        selfdestruct(payable(msg.sender));
        blockhash(1);
    }
    function nothing() internal pure {}
    function reverts() public pure { revert Done(1); }
    function locations(uint256[] calldata c) external pure returns (uint256) {
        uint256[][] memory nested;
        bytes16 b;
        fixed f;
        return c.length + nested.length;
    }
    event Indexed(uint256 indexed a, uint256 indexed b, uint256 indexed c, uint256 indexed d);
}
// ----
// tests/lang/cases/check/statements_rules.sol:3:12: error: struct 'Node' contains itself; recursive structs are not in Mallory's subset [E3037]
//     3 |     struct Node { uint256 v; Node next; }
//       |            ^~~~
// tests/lang/cases/check/statements_rules.sol:6:30: error: the initial value of constant 'LIMIT' must be a compile-time constant, but this expression reads the state [E3020]
//     6 |     uint256 constant LIMIT = block.number;
//       |                              ^~~~~~~~~~~~
// tests/lang/cases/check/statements_rules.sol:7:22: error: constant 'UNSET' must be initialized [E3027]
//     7 |     uint256 constant UNSET;
//       |                      ^~~~~
// tests/lang/cases/check/statements_rules.sol:8:13: error: array length must be a literal or arithmetic on literals and constants, but 'LIMIT' has no value solc can evaluate [E3021]
//     8 |     uint256[LIMIT] arr;
//       |             ^~~~~
//       = help: solc's constant evaluator follows constants by name only: not members ('L.N'), conversions or calls
// tests/lang/cases/check/statements_rules.sol:9:13: error: array length must be a positive integer constant below 2**32, but '0' is int_const 0 [E3021]
//     9 |     uint256[0] empty;
//       |             ^
// tests/lang/cases/check/statements_rules.sol:11:14: error: no visibility specified for function 'noVisibility' [E3025]
//    11 |     function noVisibility() {}
//       |              ^~~~~~~~~~~~
//       = help: add 'public', 'external', 'internal' or 'private'
// tests/lang/cases/check/statements_rules.sol:13:9: error: 'number' is not a function: it is of type uint256 [E3013]
//    13 |         number(1);
//       |         ^~~~~~
// tests/lang/cases/check/statements_rules.sol:14:14: error: 'emit' needs an event, but 'Bad' is error [E3014]
//    14 |         emit Bad(1);
//       |              ^~~
// tests/lang/cases/check/statements_rules.sol:15:26: error: contract Rules has no member 'empty' [E2006]
//    15 |         uint256 y = this.empty();
//       |                          ^~~~~
// tests/lang/cases/check/statements_rules.sol:16:21: error: this expression has no value, but uint256 is expected [E3032]
//    16 |         uint256 z = nothing();
//       |                     ^~~~~~~~~
// tests/lang/cases/check/statements_rules.sol:19:9: warning: "selfdestruct" has been deprecated. Note that, starting from the Cancun hard fork, the underlying opcode no longer deletes the code and data associated with an account and only transfers its Ether to the beneficiary, unless executed in the same transaction in which the contract was created (see EIP-6780). [E3044]
//    19 |         selfdestruct(payable(msg.sender));
//       |         ^~~~~~~~~~~~
// tests/lang/cases/check/statements_rules.sol:23:45: error: 'revert X(...)' needs a custom error, but 'Done' is event [E3015]
//    23 |     function reverts() public pure { revert Done(1); }
//       |                                             ^~~~
//       = help: for a message write revert("message")
// tests/lang/cases/check/statements_rules.sol:27:9: error: fixed-point type 'fixed' is not supported by Mallory's subset (LANGUAGE.md §3) [E4010]
//    27 |         fixed f;
//       |         ^~~~~
// tests/lang/cases/check/statements_rules.sol:30:11: error: event 'Indexed' has 4 indexed parameters; at most 3 are allowed [E3035]
//    30 |     event Indexed(uint256 indexed a, uint256 indexed b, uint256 indexed c, uint256 indexed d);
//       |           ^~~~~~~
// 13 errors and 1 warning generated.
