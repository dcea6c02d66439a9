// Internal function types: solc's rules on conversions (pure -> view -> non-payable, never the
// reverse; parameter and return types identical), on where values go (no public or external
// parameter, no public state variable); external ones are in external_function_types.sol.
pragma solidity ^0.8.20;

contract FunctionTypes {
    function(uint256) internal view returns (uint256) viewFn;
    function(uint256) internal pure returns (uint256) pureFn;
    function(uint256) internal returns (uint256) anyFn;
    function(uint256) internal pure returns (uint256) public exposed;
    function(uint256) internal payable returns (uint256) payableFn;

    function readState(uint256 x) internal view returns (uint256) {
        return x + address(this).balance;
    }

    function same(uint256 x) internal pure returns (uint256) {
        return x;
    }

    function narrow(uint8 x) internal pure returns (uint8) {
        return x;
    }

    function conversions() internal {
        viewFn = same;
        anyFn = readState;
        anyFn = viewFn;
        pureFn = readState;
        viewFn = anyFn;
        pureFn = narrow;
    }

    function take(function(uint256) internal pure returns (uint256) f) external {}

    function named() internal pure {
        function(uint256) internal pure returns (uint256 r) g;
    }

    event Chosen(function(uint256) internal pure returns (uint256) f);

    function compare() internal view returns (bool) {
        return pureFn == pureFn;
    }
}
// ----
// tests/lang/cases/check/function_types.sol:10:62: error: Internal or recursive type is not allowed for public state variables. [E3025]
//    10 |     function(uint256) internal pure returns (uint256) public exposed;
//       |                                                              ^~~~~~~
// tests/lang/cases/check/function_types.sol:11:5: error: Only external function types can be payable. [E3028]
//    11 |     function(uint256) internal payable returns (uint256) payableFn;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/function_types.sol:29:18: error: function (uint256) view returns (uint256) is not implicitly convertible to expected type function (uint256) pure returns (uint256) [E3000]
//    29 |         pureFn = readState;
//       |                  ^~~~~~~~~
// tests/lang/cases/check/function_types.sol:30:18: error: function (uint256) returns (uint256) is not implicitly convertible to expected type function (uint256) view returns (uint256) [E3000]
//    30 |         viewFn = anyFn;
//       |                  ^~~~~
// tests/lang/cases/check/function_types.sol:31:18: error: function (uint8) pure returns (uint8) is not implicitly convertible to expected type function (uint256) pure returns (uint256) [E3000]
//    31 |         pureFn = narrow;
//       |                  ^~~~~~
// tests/lang/cases/check/function_types.sol:34:19: error: Internal type is not allowed for public or external functions. [E3025]
//    34 |     function take(function(uint256) internal pure returns (uint256) f) external {}
//       |                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/function_types.sol:34:19: warning: unused function parameter 'f' [E3029]
//    34 |     function take(function(uint256) internal pure returns (uint256) f) external {}
//       |                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/function_types.sol:37:9: warning: unused local variable 'g' [E3029]
//    37 |         function(uint256) internal pure returns (uint256 r) g;
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/function_types.sol:37:58: error: Return parameters in function types may not be named. [E4000]
//    37 |         function(uint256) internal pure returns (uint256 r) g;
//       |                                                          ^
// tests/lang/cases/check/function_types.sol:40:18: error: Internal or recursive type is not allowed as event parameter. [E3035]
//    40 |     event Chosen(function(uint256) internal pure returns (uint256) f);
//       |                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/function_types.sol:43:16: error: comparison of internal function values is not supported by Mallory's subset (LANGUAGE.md §3) [E4000]
//    43 |         return pureFn == pureFn;
//       |                ^~~~~~~~~~~~~~~~
// 9 errors and 2 warnings generated.
