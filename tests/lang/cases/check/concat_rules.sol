pragma solidity ^0.8.20;
contract C {
    string s;
    bytes bs;
    function f(string calldata c, bytes calldata d) public view returns (string memory, bytes memory) {
        bytes16 b;
        uint8[] memory num;
        string memory ok = string.concat(s, c, "lit", s);
        bytes memory ok2 = bytes.concat(bs, d, b, "lit", hex"00");
        string memory bad = string.concat(b, num, d, 1);
        bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
        bytes memory bad3 = bs.concat();
        return (bad, bytes.concat(bad2, bad3, ok2));
    }
}
// ----
// tests/lang/cases/check/concat_rules.sol:8:9: warning: unused local variable 'ok' [E3029]
//     8 |         string memory ok = string.concat(s, c, "lit", s);
//       |         ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/concat_rules.sol:10:43: error: Invalid type for argument in the string.concat function call. string type is required, but bytes16 provided. [E3000]
//    10 |         string memory bad = string.concat(b, num, d, 1);
//       |                                           ^
// tests/lang/cases/check/concat_rules.sol:10:46: error: Invalid type for argument in the string.concat function call. string type is required, but uint8[] memory provided. [E3000]
//    10 |         string memory bad = string.concat(b, num, d, 1);
//       |                                              ^~~
// tests/lang/cases/check/concat_rules.sol:10:51: error: Invalid type for argument in the string.concat function call. string type is required, but bytes calldata provided. [E3000]
//    10 |         string memory bad = string.concat(b, num, d, 1);
//       |                                                   ^
// tests/lang/cases/check/concat_rules.sol:10:54: error: Invalid type for argument in the string.concat function call. string type is required, but int_const 1 provided. [E3000]
//    10 |         string memory bad = string.concat(b, num, d, 1);
//       |                                                      ^
// tests/lang/cases/check/concat_rules.sol:11:42: error: Invalid type for argument in the bytes.concat function call. bytes or fixed bytes type is required, but string calldata provided. [E3000]
//    11 |         bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
//       |                                          ^
// tests/lang/cases/check/concat_rules.sol:11:45: error: Invalid type for argument in the bytes.concat function call. bytes or fixed bytes type is required, but int_const 0 provided. [E3000]
//    11 |         bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
//       |                                             ^
// tests/lang/cases/check/concat_rules.sol:11:48: error: Invalid type for argument in the bytes.concat function call. bytes or fixed bytes type is required, but uint8[] memory provided. [E3000]
//    11 |         bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
//       |                                                ^~~
// tests/lang/cases/check/concat_rules.sol:11:53: error: Invalid type for argument in the bytes.concat function call. bytes or fixed bytes type is required, but bool provided. [E3000]
//    11 |         bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
//       |                                                     ^~~~
// tests/lang/cases/check/concat_rules.sol:11:59: error: Invalid type for argument in the bytes.concat function call. bytes or fixed bytes type is required, but address provided. [E3000]
//    11 |         bytes memory bad2 = bytes.concat(c, 0, num, true, msg.sender);
//       |                                                           ^~~~~~~~~~
// tests/lang/cases/check/concat_rules.sol:12:32: error: bytes storage has no member 'concat' [E2006]
//    12 |         bytes memory bad3 = bs.concat();
//       |                                ^~~~~~
// 10 errors and 1 warning generated.
