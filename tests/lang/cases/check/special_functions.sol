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
// 4 errors generated.
