pragma solidity ^0.8.20;
contract M {
    uint256 total;
    event Changed(uint256 value);
    function readInPure() public pure returns (uint256) {
        return total;
    }
    function writeInView(uint256 v) public view {
        total = v;
    }
    function senderInPure() public pure returns (address) {
        return msg.sender;
    }
    function emitInView() public view {
        emit Changed(total);
    }
    function valueInNonPayable() public view returns (uint256) {
        return msg.value;
    }
    function fine() public payable returns (uint256) {
        total += msg.value;
        return total;
    }
}
// ----
// tests/lang/cases/check/mutability.sol:6:16: error: function 'readInPure' is declared 'pure', but this expression reads the state or the environment [E3008]
//     6 |         return total;
//       |                ^~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/mutability.sol:9:9: error: function 'writeInView' is declared 'view', but this expression (potentially) modifies the state [E3008]
//     9 |         total = v;
//       |         ^~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/mutability.sol:12:16: error: function 'senderInPure' is declared 'pure', but this expression reads the state or the environment [E3008]
//    12 |         return msg.sender;
//       |                ^~~~~~~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/mutability.sol:15:14: error: function 'emitInView' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    15 |         emit Changed(total);
//       |              ^~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/mutability.sol:18:16: error: 'msg.value' can only be used in payable public functions, and 'valueInNonPayable' is not payable [E3009]
//    18 |         return msg.value;
//       |                ^~~~~~~~~
//       = help: make the function 'payable', or read msg.value in an internal function
// 5 errors generated.
