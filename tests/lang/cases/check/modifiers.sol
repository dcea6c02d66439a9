pragma solidity ^0.8.20;
contract Mods {
    address owner;
    modifier onlyOwner() {
        require(msg.sender == owner);
        _;
    }
    modifier noPlaceholder() {
        require(msg.sender == owner);
    }
    modifier costs(uint256 price) {
        require(msg.value >= price);
        _;
    }
    function a() public onlyOwner { }
    function b() public costs { }
    function c() public costs(1, 2) { }
    function d() public onlyOwnr { }
    function e() public {
        _;
    }
}
// ----
// tests/lang/cases/check/modifiers.sol:8:14: error: modifier 'noPlaceholder' has no '_' placeholder: the function body would never run [E3016]
//     8 |     modifier noPlaceholder() {
//       |              ^~~~~~~~~~~~~
//       = help: add '_;' where the function body should run
// tests/lang/cases/check/modifiers.sol:16:25: error: modifier 'costs' reads 'msg.value', so 'b' must be payable or internal [E3009]
//    16 |     function b() public costs { }
//       |                         ^~~~~
//       = help: make the function 'payable', or use the modifier on payable or internal functions only
// tests/lang/cases/check/modifiers.sol:16:25: error: modifier 'costs' takes 1 argument, but 0 were given [E3010]
//    16 |     function b() public costs { }
//       |                         ^~~~~
// tests/lang/cases/check/modifiers.sol:17:25: error: modifier 'costs' reads 'msg.value', so 'c' must be payable or internal [E3009]
//    17 |     function c() public costs(1, 2) { }
//       |                         ^~~~~~~~~~~
//       = help: make the function 'payable', or use the modifier on payable or internal functions only
// tests/lang/cases/check/modifiers.sol:17:25: error: modifier 'costs' takes 1 argument, but 2 were given [E3010]
//    17 |     function c() public costs(1, 2) { }
//       |                         ^~~~~~~~~~~
// tests/lang/cases/check/modifiers.sol:18:25: error: undeclared modifier 'onlyOwnr' [E2000]
//    18 |     function d() public onlyOwnr { }
//       |                         ^~~~~~~~
//       = help: did you mean 'onlyOwner'?
// tests/lang/cases/check/modifiers.sol:20:9: error: Undeclared identifier. [E2000]
//    20 |         _;
//       |         ^~
//       = help: '_' is the placeholder only in a modifier's body
// 7 errors generated.
