pragma solidity ^0.8.20;
// A contract that receives ether (receive, or a payable fallback) converts only from an
// `address payable` (solc 7398); `receive` has no calldata to read (solc 7139).
contract Receiver {
    receive() external payable {
        msg.data;
    }
}
contract PayableFallback {
    fallback() external payable {}
}
contract Plain {
    function f() external {}
}
contract User {
    function f(address a) public pure returns (Receiver, PayableFallback, Plain, Receiver) {
        return (Receiver(a), PayableFallback(a), Plain(a), Receiver(payable(a)));
    }
}

// ----
// tests/lang/cases/check/receive_rules.sol:6:9: error: "msg.data" cannot be used inside of "receive" function. [E3034]
//     6 |         msg.data;
//       |         ^~~~~~~~
// tests/lang/cases/check/receive_rules.sol:17:17: error: Explicit type conversion not allowed from non-payable "address" to "contract Receiver", which has a payable fallback function. [E3001]
//    17 |         return (Receiver(a), PayableFallback(a), Plain(a), Receiver(payable(a)));
//       |                 ^~~~~~~~~~~
//       = help: convert a payable address: C(payable(a))
// tests/lang/cases/check/receive_rules.sol:17:30: error: Explicit type conversion not allowed from non-payable "address" to "contract PayableFallback", which has a payable fallback function. [E3001]
//    17 |         return (Receiver(a), PayableFallback(a), Plain(a), Receiver(payable(a)));
//       |                              ^~~~~~~~~~~~~~~~~~
//       = help: convert a payable address: C(payable(a))
// 3 errors generated.
