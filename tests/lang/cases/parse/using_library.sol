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
using {helper} for uint global;
using SafeMath for *;

contract Ok {
    using SafeMath for uint256;
    using {helper, SafeMath.add} for uint;
    using SafeMath for
}
// ----
// tests/lang/cases/parse/using_library.sol:20:1: error: expected '*' or a type name after 'for', found '}' [E1000]
//    20 | }
//       | ^
// 1 error generated.
