pragma solidity ^0.8.20;
contract NoPay {
    constructor() {}
    function plain() external {}
    function paid() external payable {}
}
contract Opts {
    function local() internal pure returns (uint256) { return 1; }
    function run(NoPay n, address a) public payable {
        n.plain{value: 1}();
        n.paid{value: 1, value: 2}();
        n.paid{salt: bytes32(0)}();
        n.paid{gas: true}();
        local{gas: 100}();
        new NoPay{value: 1}();
        a.call{value: 1}("");
        a.staticcall{value: 1}("");
        a.delegatecall{value: 1}("");
        new NoPay{salt: 1}();
    }
}

// ----
// tests/lang/cases/check/call_options.sol:10:17: error: cannot send value to function 'plain': it is not payable [E3028]
//    10 |         n.plain{value: 1}();
//       |                 ^~~~~~~~
//       = help: declare it 'payable', or remove '{value: ...}'
// tests/lang/cases/check/call_options.sol:4:14: note: declared here
//     4 |     function plain() external {}
//       |              ^~~~~
// tests/lang/cases/check/call_options.sol:11:26: error: call option 'value' is given twice [E3012]
//    11 |         n.paid{value: 1, value: 2}();
//       |                          ^~~~~~~~
// tests/lang/cases/check/call_options.sol:12:16: error: '{salt: ...}' can only be used with 'new' [E3012]
//    12 |         n.paid{salt: bytes32(0)}();
//       |                ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/call_options.sol:13:21: error: call option 'gas': bool is not implicitly convertible to expected type uint256 [E3000]
//    13 |         n.paid{gas: true}();
//       |                     ^~~~
// tests/lang/cases/check/call_options.sol:14:9: error: call options '{value:, gas:}' can only be used on external calls [E3012]
//    14 |         local{gas: 100}();
//       |         ^~~~~~~~~~~~~~~~~
// tests/lang/cases/check/call_options.sol:15:19: error: cannot send value to the constructor of 'NoPay': it is not payable [E3028]
//    15 |         new NoPay{value: 1}();
//       |                   ^~~~~~~~
//       = help: declare it 'payable', or remove '{value: ...}'
// tests/lang/cases/check/call_options.sol:3:5: note: declared here
//     3 |     constructor() {}
//       |     ^~~~~~~~~~~~~~~~
// tests/lang/cases/check/call_options.sol:17:22: error: cannot send value to this call: it is not payable [E3028]
//    17 |         a.staticcall{value: 1}("");
//       |                      ^~~~~~~~
//       = help: declare it 'payable', or remove '{value: ...}'
// tests/lang/cases/check/call_options.sol:18:24: error: cannot send value to this call: it is not payable [E3028]
//    18 |         a.delegatecall{value: 1}("");
//       |                        ^~~~~~~~
//       = help: declare it 'payable', or remove '{value: ...}'
// tests/lang/cases/check/call_options.sol:19:25: error: call option 'salt': int_const 1 is not implicitly convertible to expected type bytes32 [E3000]
//    19 |         new NoPay{salt: 1}();
//       |                         ^
// 9 errors generated.
