pragma solidity ^0.8.20;
contract Special {
    receive() external { }
    fallback() external view { }
    constructor() view { }
}
contract Two {
    receive() external payable { }
    receive() external payable { }
}
contract FallbackShapes {
    fallback(uint256) external { }
}
contract FallbackMemoryInput {
    fallback(bytes memory) external returns (bytes memory) { }
}
contract FallbackOnlyInput {
    fallback(bytes calldata input) external { }
}
contract FallbackBytesInOut {
    fallback(bytes calldata input) external returns (bytes memory) { return input; }
}
contract ReceiveInput {
    receive(uint256) external payable { }
}
// ----
// tests/lang/cases/check/special_functions.sol:3:5: error: the receive function must be declared 'payable' [E3034]
//     3 |     receive() external { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~
//       = help: write 'receive() external payable { ... }'
// tests/lang/cases/check/special_functions.sol:4:5: error: the fallback function must be payable or non-payable, not view or pure [E3034]
//     4 |     fallback() external view { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:5:5: error: a constructor must be payable or non-payable, not view or pure [E3026]
//     5 |     constructor() view { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:9:5: error: 'Two' has more than one receive function [E2025]
//     9 |     receive() external payable { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:12:5: error: Fallback function either has to have the signature "fallback()" or "fallback(bytes calldata) returns (bytes memory)". [E3034]
//    12 |     fallback(uint256) external { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:15:5: error: Fallback function either has to have the signature "fallback()" or "fallback(bytes calldata) returns (bytes memory)". [E3034]
//    15 |     fallback(bytes memory) external returns (bytes memory) { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:15:46: warning: unnamed return variable can remain unassigned: not every path ends with a 'return' [E3031]
//    15 |     fallback(bytes memory) external returns (bytes memory) { }
//       |                                              ^~~~~~~~~~~~
//       = help: add a return with a value to every path that does not revert, or name the return variable
// tests/lang/cases/check/special_functions.sol:18:5: error: Fallback function either has to have the signature "fallback()" or "fallback(bytes calldata) returns (bytes memory)". [E3034]
//    18 |     fallback(bytes calldata input) external { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/special_functions.sol:18:14: warning: unused function parameter 'input' [E3029]
//    18 |     fallback(bytes calldata input) external { }
//       |              ^~~~~~~~~~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/special_functions.sol:24:5: error: the receive function cannot take parameters or return values [E3034]
//    24 |     receive(uint256) external payable { }
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 8 errors and 2 warnings generated.
