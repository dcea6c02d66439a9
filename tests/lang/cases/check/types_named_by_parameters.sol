// A function's parameters and return variables are declared in the function's own scope, where
// the types of its parameters are looked up too: a type written with the name of one of them
// names that variable, not the type (solc 5172). Events and errors have no such scope.
pragma solidity ^0.8.20;

contract C {
    struct Point {
        uint256 x;
    }
    enum Color {
        Red,
        Green
    }

    event Moved(Point Point);
    error Bad(Color Color);

    function ok(Point memory point, Color color) external pure returns (Color shade) {
        shade = point.x > 0 ? color : Color.Red;
    }

    function f(Point memory Point) external pure {}

    function g(Color c) external pure returns (uint256 Color) {}

    function h(Color[] memory list, uint256 Color) external pure {}
}

// ----
// tests/lang/cases/check/types_named_by_parameters.sol:22:16: error: Name has to refer to a user-defined type. [E2007]
//    22 |     function f(Point memory Point) external pure {}
//       |                ^~~~~
//       = help: 'Point' is a parameter or return variable of this function: rename it
// tests/lang/cases/check/types_named_by_parameters.sol:22:16: warning: unused function parameter 'Point' [E3029]
//    22 |     function f(Point memory Point) external pure {}
//       |                ^~~~~~~~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/types_named_by_parameters.sol:22:29: warning: this declaration of 'Point' shadows an existing declaration [E2005]
//    22 |     function f(Point memory Point) external pure {}
//       |                             ^~~~~
// tests/lang/cases/check/types_named_by_parameters.sol:7:12: note: the shadowed declaration is here
//     7 |     struct Point {
//       |            ^~~~~
// tests/lang/cases/check/types_named_by_parameters.sol:24:16: error: Name has to refer to a user-defined type. [E2007]
//    24 |     function g(Color c) external pure returns (uint256 Color) {}
//       |                ^~~~~
//       = help: 'Color' is a parameter or return variable of this function: rename it
// tests/lang/cases/check/types_named_by_parameters.sol:24:16: warning: unused function parameter 'c' [E3029]
//    24 |     function g(Color c) external pure returns (uint256 Color) {}
//       |                ^~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/types_named_by_parameters.sol:24:56: warning: this declaration of 'Color' shadows an existing declaration [E2005]
//    24 |     function g(Color c) external pure returns (uint256 Color) {}
//       |                                                        ^~~~~
// tests/lang/cases/check/types_named_by_parameters.sol:10:10: note: the shadowed declaration is here
//    10 |     enum Color {
//       |          ^~~~~
// tests/lang/cases/check/types_named_by_parameters.sol:26:16: error: Name has to refer to a user-defined type. [E2007]
//    26 |     function h(Color[] memory list, uint256 Color) external pure {}
//       |                ^~~~~
//       = help: 'Color' is a parameter or return variable of this function: rename it
// tests/lang/cases/check/types_named_by_parameters.sol:26:16: warning: unused function parameter 'list' [E3029]
//    26 |     function h(Color[] memory list, uint256 Color) external pure {}
//       |                ^~~~~~~~~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/types_named_by_parameters.sol:26:37: warning: unused function parameter 'Color' [E3029]
//    26 |     function h(Color[] memory list, uint256 Color) external pure {}
//       |                                     ^~~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/types_named_by_parameters.sol:26:45: warning: this declaration of 'Color' shadows an existing declaration [E2005]
//    26 |     function h(Color[] memory list, uint256 Color) external pure {}
//       |                                             ^~~~~
// tests/lang/cases/check/types_named_by_parameters.sol:10:10: note: the shadowed declaration is here
//    10 |     enum Color {
//       |          ^~~~~
// 3 errors and 7 warnings generated.
