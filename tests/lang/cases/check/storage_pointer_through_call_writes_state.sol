// Writing through a storage pointer a call returns writes the state, as solc sees it: `bytes(s)`
// of a storage string is a pointer to the same data, and so is what an internal function
// returns as `storage`. Reading through either is only a read.
pragma solidity ^0.8.20;
contract C {
    struct P { uint256 x; }
    string s;
    P p;
    function ref() internal view returns (P storage) { return p; }
    function f() public view { bytes(s)[0] = "x"; }
    function g() public view { bytes(s).push("x"); }
    function h() public view { ref().x = 1; }
    function k() public view returns (uint256, bytes1, uint256) { return (bytes(s).length, bytes(s)[0], ref().x); }
}
// ----
// tests/lang/cases/check/storage_pointer_through_call_writes_state.sol:10:32: error: function 'f' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    10 |     function f() public view { bytes(s)[0] = "x"; }
//       |                                ^~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/storage_pointer_through_call_writes_state.sol:11:32: error: function 'g' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    11 |     function g() public view { bytes(s).push("x"); }
//       |                                ^~~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/storage_pointer_through_call_writes_state.sol:12:32: error: function 'h' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    12 |     function h() public view { ref().x = 1; }
//       |                                ^~~~~~~~~~~
//       = help: remove 'view'
// 3 errors generated.
