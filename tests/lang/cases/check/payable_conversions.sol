pragma solidity ^0.8.20;
contract Receiver {
    receive() external payable {}
}
contract Sink {
    function f() external {}
}
contract Pay {
    function run(address plain, uint256 n, Receiver r, Sink s) public {
        plain.transfer(1);
        bool ok = plain.send(1);
        payable(n).transfer(1);
        payable(plain, plain).transfer(1);
        address payable fromNumber = payable(address(uint160(n)));
        address payable implicitP = plain;
        payable(r).transfer(1);
        payable(s).transfer(1);
        payable(address(s)).transfer(1);
        fromNumber.transfer(1);
        implicitP.transfer(ok ? 1 : 0);
        payable(0).transfer(1); // solc's one exception among numbers
        payable(1).transfer(1);
    }
}

// ----
// tests/lang/cases/check/payable_conversions.sol:10:15: error: 'transfer' is only available on 'address payable', not on 'address' [E2006]
//    10 |         plain.transfer(1);
//       |               ^~~~~~~~
//       = help: convert first: payable(plain).transfer(...)
// tests/lang/cases/check/payable_conversions.sol:11:25: error: 'send' is only available on 'address payable', not on 'address' [E2006]
//    11 |         bool ok = plain.send(1);
//       |                         ^~~~
//       = help: convert first: payable(plain).send(...)
// tests/lang/cases/check/payable_conversions.sol:12:9: error: payable(...) needs an address, not uint256 [E3001]
//    12 |         payable(n).transfer(1);
//       |         ^~~~~~~~~~
// tests/lang/cases/check/payable_conversions.sol:13:9: error: payable(...) takes exactly one argument [E3010]
//    13 |         payable(plain, plain).transfer(1);
//       |         ^~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/payable_conversions.sol:15:37: error: initial value: address is not implicitly convertible to expected type address payable [E3000]
//    15 |         address payable implicitP = plain;
//       |                                     ^~~~~
//       = help: convert with payable(...)
// tests/lang/cases/check/payable_conversions.sol:17:9: error: payable(...) needs an address, not contract Sink [E3001]
//    17 |         payable(s).transfer(1);
//       |         ^~~~~~~~~~
//       = help: 'Sink' has no receive or payable fallback function; write payable(address(x)) to convert anyway
// tests/lang/cases/check/payable_conversions.sol:22:9: error: payable(...) needs an address, not int_const 1 [E3001]
//    22 |         payable(1).transfer(1);
//       |         ^~~~~~~~~~
//       = help: write payable(address(...))
// 7 errors generated.
