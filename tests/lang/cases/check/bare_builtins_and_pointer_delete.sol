// `revert` and `require` are overloaded: named without a call they refer to no single
// declaration (solc 2144). `delete` of a local storage pointer would only reset the pointer,
// so solc rejects it (9767); deleting the storage it refers to is fine.
pragma solidity ^0.8.20;

contract C {
    uint256[] data;
    function f(uint256 x) public {
        uint256[] storage p = data;
        delete p;
        delete data;
        if (x > 7) revert;
        require;
        assert(x < 100);
    }
}

// ----
// tests/lang/cases/check/bare_builtins_and_pointer_delete.sol:10:9: error: Built-in unary operator delete cannot be applied to type uint256[] storage pointer. [E3003]
//    10 |         delete p;
//       |         ^~~~~~~~
//       = help: delete the storage the pointer refers to (the state variable or its element), or assign the pointer another reference
// tests/lang/cases/check/bare_builtins_and_pointer_delete.sol:12:20: error: No matching declaration found after variable lookup. [E2000]
//    12 |         if (x > 7) revert;
//       |                    ^~~~~~
//       = help: call it: revert(...)
// tests/lang/cases/check/bare_builtins_and_pointer_delete.sol:13:9: error: No matching declaration found after variable lookup. [E2000]
//    13 |         require;
//       |         ^~~~~~~
//       = help: call it: require(...)
// 3 errors generated.
