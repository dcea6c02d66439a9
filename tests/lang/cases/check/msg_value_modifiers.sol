pragma solidity ^0.8.20;
// A modifier that reads msg.value makes sense only on a payable function, or on an internal
// one that a payable function calls (solc 4006); the modifier may be declared after its use.
contract C {
    function buy() external payable costs(1 ether) {}
    function view_price() public view costs(1 ether) returns (uint256) {
        return 1;
    }
    function settle() external costs(2) {}
    function helper() internal costs(3) {}
    modifier costs(uint256 amount) {
        require(msg.value >= amount, "price");
        _;
    }
    modifier plain() {
        _;
    }
    function free() external plain {}
}
// ----
// tests/lang/cases/check/msg_value_modifiers.sol:6:39: error: modifier 'costs' reads 'msg.value', so 'view_price' must be payable or internal [E3009]
//     6 |     function view_price() public view costs(1 ether) returns (uint256) {
//       |                                       ^~~~~~~~~~~~~~
//       = help: make the function 'payable', or use the modifier on payable or internal functions only
// tests/lang/cases/check/msg_value_modifiers.sol:9:32: error: modifier 'costs' reads 'msg.value', so 'settle' must be payable or internal [E3009]
//     9 |     function settle() external costs(2) {}
//       |                                ^~~~~~~~
//       = help: make the function 'payable', or use the modifier on payable or internal functions only
// 2 errors generated.
