library SafeMath {
    function add(uint a, uint b) internal pure returns (uint) { return a + b; }
}

function helper(uint x) pure returns (uint) { return x; }

struct Point { uint x; uint y; }
enum Color { Red, Green }
error Failed(uint code);
event Logged(uint value);
uint constant LIMIT = 10;
using SafeMath for uint;
type Price is uint128;

contract Ok {}
// ----
// tests/lang/cases/parse/subset_top_level.sol:1:1: error: 'library' is not supported by Mallory's subset (LANGUAGE.md §1) [E4001]
//     1 | library SafeMath {
//       | ^~~~~~~
//       = help: put the functions in an abstract contract and inherit from it
// tests/lang/cases/parse/subset_top_level.sol:5:1: error: functions outside a contract are not supported by Mallory's subset (LANGUAGE.md §1) [E4002]
//     5 | function helper(uint x) pure returns (uint) { return x; }
//       | ^~~~~~~~
//       = help: move the function into the contract that uses it
// tests/lang/cases/parse/subset_top_level.sol:7:1: error: file-level structs are not supported by Mallory's subset (LANGUAGE.md §1) [E4003]
//     7 | struct Point { uint x; uint y; }
//       | ^~~~~~
//       = help: declare the struct inside a contract
// tests/lang/cases/parse/subset_top_level.sol:8:1: error: file-level enums are not supported by Mallory's subset (LANGUAGE.md §1) [E4003]
//     8 | enum Color { Red, Green }
//       | ^~~~
//       = help: declare the enum inside a contract
// tests/lang/cases/parse/subset_top_level.sol:9:1: error: file-level errors are not supported by Mallory's subset (LANGUAGE.md §1) [E4003]
//     9 | error Failed(uint code);
//       | ^~~~~
//       = help: declare the error inside a contract
// tests/lang/cases/parse/subset_top_level.sol:10:1: error: file-level events are not supported by Mallory's subset (LANGUAGE.md §1) [E4003]
//    10 | event Logged(uint value);
//       | ^~~~~
//       = help: declare the event inside a contract
// tests/lang/cases/parse/subset_top_level.sol:11:1: error: file-level variables and constants are not supported by Mallory's subset (LANGUAGE.md §1) [E4003]
//    11 | uint constant LIMIT = 10;
//       | ^~~~
//       = help: declare it inside a contract, as a 'constant' state variable
// tests/lang/cases/parse/subset_top_level.sol:12:1: error: 'using ... for' is not supported by Mallory's subset (LANGUAGE.md §2) [E4004]
//    12 | using SafeMath for uint;
//       | ^~~~~
//       = help: call the library function directly
// tests/lang/cases/parse/subset_top_level.sol:13:1: error: user-defined value types 'type X is T' are not supported by Mallory's subset (LANGUAGE.md §3) [E4009]
//    13 | type Price is uint128;
//       | ^~~~
//       = help: use the underlying type directly
// 9 errors generated.
