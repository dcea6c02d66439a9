pragma solidity ^0.8.20;
// solc ignores a constructor's visibility except where it contradicts the contract: `internal`
// in a contract that can be deployed (1845), `public` in an abstract one (8295). A function
// cannot take the contract's name (5796), and interface functions must say `external` (4937).
contract Deployable {
    constructor() internal {}
}
abstract contract Base {
    constructor() public {}
}
abstract contract Fine {
    constructor() internal {}
}
contract Old {
    function Old() public {}
}
interface I {
    function f();
}

// ----
// tests/lang/cases/check/constructor_visibility.sol:6:5: error: Non-abstract contracts cannot have internal constructors. Remove the "internal" keyword and make the contract abstract to fix this. [E3025]
//     6 |     constructor() internal {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/constructor_visibility.sol:9:5: error: Abstract contracts cannot have public constructors. Remove the "public" keyword to fix this. [E3025]
//     9 |     constructor() public {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/constructor_visibility.sol:15:14: error: Functions are not allowed to have the same name as the contract. If you intend this to be a constructor, use "constructor(...) { ... }" to define it. [E3034]
//    15 |     function Old() public {}
//       |              ^~~
// tests/lang/cases/check/constructor_visibility.sol:18:14: error: No visibility specified. Did you intend to add "external"? [E3025]
//    18 |     function f();
//       |              ^
// 4 errors generated.
