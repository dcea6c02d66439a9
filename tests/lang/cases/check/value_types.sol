pragma solidity ^0.8.20;
type MyInt is int256;
type Other is int256;
type Addr is address;
type Word is bytes32;
type Bad is string;
contract K {}
type FromContract is K;
type Self is Self;
using {add as +, neg as -, bad as *, view_op as /, lt as <, two as ~} for MyInt global;
using {add as +} for Other;
function add(MyInt a, MyInt) pure returns (MyInt) { return a; }
function neg(MyInt a) pure returns (MyInt) { return a; }
function bad(MyInt a, int256) pure returns (MyInt) { return a; }
function view_op(MyInt a, MyInt) view returns (MyInt) { return a; }
function lt(MyInt a, MyInt) pure returns (MyInt) { return a; }
function two(MyInt a, MyInt) pure returns (MyInt) { return a; }
contract C {
    function f(MyInt a, Other o, Addr w, Word b, int256 i) external view {
        MyInt x = 5;
        MyInt y = i;
        int256 z = a;
        Other p = a;
        MyInt q = MyInt(i);
        int256 r = int256(a);
        a + o;
        o + o;
        a * a;
        a ** a;
        a == a;
        !a;
        a++;
        a += a;
        w.balance;
        b[0];
        b.length;
        type(MyInt).max;
        MyInt.wrap(1, 2);
        MyInt.unwrap(5);
        MyInt.cast(5);
        uint256[] memory arr = new uint256[](1);
        arr[a];
        delete a;
        x; y; z; p; q; r;
    }
}
// ----
// tests/lang/cases/check/value_types.sol:6:13: error: The underlying type of the user defined value type "Bad" is not a value type. [E2007]
//     6 | type Bad is string;
//       |             ^~~~~~
// tests/lang/cases/check/value_types.sol:8:22: error: The underlying type for a user defined value type has to be an elementary value type. [E2007]
//     8 | type FromContract is K;
//       |                      ^
// tests/lang/cases/check/value_types.sol:9:14: error: The underlying type for a user defined value type has to be an elementary value type. [E2007]
//     9 | type Self is Self;
//       |              ^~~~
// tests/lang/cases/check/value_types.sol:10:38: error: Only pure free functions can be used to define operators. [E3000]
//    10 | using {add as +, neg as -, bad as *, view_op as /, lt as <, two as ~} for MyInt global;
//       |                                      ^~~~~~~
// tests/lang/cases/check/value_types.sol:11:8: error: Operators can only be defined in a global 'using for' directive. [E3000]
//    11 | using {add as +} for Other;
//       |        ^~~
// tests/lang/cases/check/value_types.sol:14:14: error: Wrong parameters in operator definition. The function "bad" needs to have two parameters of type MyInt and the same data location to be used for the operator *. [E3000]
//    14 | function bad(MyInt a, int256) pure returns (MyInt) { return a; }
//       |              ^~~~~~~~~~~~~~~
// tests/lang/cases/check/value_types.sol:16:43: error: Wrong return parameters in operator definition. The function "lt" needs to return exactly one value of type bool to be used for the operator <. [E3000]
//    16 | function lt(MyInt a, MyInt) pure returns (MyInt) { return a; }
//       |                                           ^~~~~
// tests/lang/cases/check/value_types.sol:17:14: error: Wrong parameters in operator definition. The function "two" needs to have exactly one parameter of type MyInt and the same data location to be used for the operator ~. [E3000]
//    17 | function two(MyInt a, MyInt) pure returns (MyInt) { return a; }
//       |              ^~~~~~~~~~~~~~
// tests/lang/cases/check/value_types.sol:20:19: error: initial value: int_const 5 is not implicitly convertible to expected type MyInt [E3000]
//    20 |         MyInt x = 5;
//       |                   ^
// tests/lang/cases/check/value_types.sol:21:19: error: initial value: int256 is not implicitly convertible to expected type MyInt [E3000]
//    21 |         MyInt y = i;
//       |                   ^
//       = help: convert explicitly, e.g. MyInt(...), if the value is known to fit
// tests/lang/cases/check/value_types.sol:22:20: error: initial value: MyInt is not implicitly convertible to expected type int256 [E3000]
//    22 |         int256 z = a;
//       |                    ^
//       = help: convert explicitly, e.g. int256(...), if the value is known to fit
// tests/lang/cases/check/value_types.sol:23:19: error: initial value: MyInt is not implicitly convertible to expected type Other [E3000]
//    23 |         Other p = a;
//       |                   ^
//       = help: convert explicitly, e.g. Other(...), if the value is known to fit
// tests/lang/cases/check/value_types.sol:24:19: error: explicit conversion from int256 to MyInt is not allowed [E3001]
//    24 |         MyInt q = MyInt(i);
//       |                   ^~~~~~~~
//       = help: Solidity changes size and signedness in separate steps, e.g. int256(int8(x)) or uint256(uint8(x))
// tests/lang/cases/check/value_types.sol:25:20: error: explicit conversion from MyInt to int256 is not allowed [E3001]
//    25 |         int256 r = int256(a);
//       |                    ^~~~~~~~~
//       = help: Solidity changes size and signedness in separate steps, e.g. int256(int8(x)) or uint256(uint8(x))
// tests/lang/cases/check/value_types.sol:26:9: error: The type of the second operand of this user-defined binary operator + does not match the type of the first operand, which is MyInt. [E3003]
//    26 |         a + o;
//       |         ^~~~~
// tests/lang/cases/check/value_types.sol:27:9: error: Built-in binary operator + cannot be applied to types Other and Other. No matching user-defined operator found. [E3003]
//    27 |         o + o;
//       |         ^~~~~
// tests/lang/cases/check/value_types.sol:28:9: error: Built-in binary operator * cannot be applied to types MyInt and MyInt. No matching user-defined operator found. [E3003]
//    28 |         a * a;
//       |         ^~~~~
// tests/lang/cases/check/value_types.sol:29:9: error: Built-in binary operator ** cannot be applied to types MyInt and MyInt. No matching user-defined operator found. [E3003]
//    29 |         a ** a;
//       |         ^~~~~~
// tests/lang/cases/check/value_types.sol:30:9: error: Built-in binary operator == cannot be applied to types MyInt and MyInt. No matching user-defined operator found. [E3003]
//    30 |         a == a;
//       |         ^~~~~~
// tests/lang/cases/check/value_types.sol:31:9: error: Built-in unary operator ! cannot be applied to type MyInt. [E3003]
//    31 |         !a;
//       |         ^~
// tests/lang/cases/check/value_types.sol:32:9: error: Built-in unary operator ++ cannot be applied to type MyInt. [E3003]
//    32 |         a++;
//       |         ^~~
// tests/lang/cases/check/value_types.sol:33:9: error: Operator + not compatible with types MyInt and MyInt. [E3003]
//    33 |         a += a;
//       |         ^~~~~~
// tests/lang/cases/check/value_types.sol:34:11: error: Addr has no member 'balance' [E2006]
//    34 |         w.balance;
//       |           ^~~~~~~
// tests/lang/cases/check/value_types.sol:35:9: error: Word cannot be indexed: only arrays, mappings and bytes can [E3033]
//    35 |         b[0];
//       |         ^~~~
// tests/lang/cases/check/value_types.sol:36:11: error: Word has no member 'length' [E2006]
//    36 |         b.length;
//       |           ^~~~~~
// tests/lang/cases/check/value_types.sol:37:14: error: Invalid type for argument in the function call. An enum type, contract type or an integer type is required, but type(MyInt) provided. [E4107]
//    37 |         type(MyInt).max;
//       |              ^~~~~
// tests/lang/cases/check/value_types.sol:38:9: error: 'wrap' takes 1 argument, but 2 were given [E3010]
//    38 |         MyInt.wrap(1, 2);
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/value_types.sol:39:22: error: argument: int_const 5 is not implicitly convertible to expected type MyInt [E3000]
//    39 |         MyInt.unwrap(5);
//       |                      ^
// tests/lang/cases/check/value_types.sol:40:15: error: Member "cast" not found or not visible after argument-dependent lookup in type(MyInt). [E2006]
//    40 |         MyInt.cast(5);
//       |               ^~~~
// tests/lang/cases/check/value_types.sol:42:13: error: array index must be an unsigned integer, not MyInt [E3033]
//    42 |         arr[a];
//       |             ^
// tests/lang/cases/check/value_types.sol:43:9: error: Built-in unary operator delete cannot be applied to type MyInt. [E3003]
//    43 |         delete a;
//       |         ^~~~~~~~
// 31 errors generated.
