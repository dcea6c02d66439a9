// `using L for *` attaches a whole library to every type; a list of functions is attached to
// one type, which has to be written (solc 3349).
pragma solidity ^0.8.20;

function double(uint256 x) pure returns (uint256) {
    return 2 * x;
}

library L {
    function triple(uint256 x) internal pure returns (uint256) {
        return 3 * x;
    }
}

contract C {
    using L for *;
    using {double} for uint256;

    function f(uint256 x) external pure returns (uint256) {
        return x.double() + x.triple();
    }
}

contract D {
    using {double} for *;
}

// ----
// tests/lang/cases/check/using_function_list_type.sol:25:5: error: The type has to be specified explicitly when attaching specific functions. [E3000]
//    25 |     using {double} for *;
//       |     ^~~~~~~~~~~~~~~~~~~~~
//       = help: write 'using {...} for T;' with the type of the functions' first parameter
// 1 error generated.
