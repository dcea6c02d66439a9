pragma solidity ^0.8.20;
contract C {
    address constant GOOD = 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D;
    address constant BAD = 0x7109709ecfa91a80626ff3989d68f67f5b1dd12d;
}
// ----
// tests/lang/cases/check/address_checksum.sol:4:28: error: address literal '0x7109709ecfa91a80626ff3989d68f67f5b1dd12d' has a wrong checksum [E3024]
//     4 |     address constant BAD = 0x7109709ecfa91a80626ff3989d68f67f5b1dd12d;
//       |                            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: the correctly checksummed address is '0x7109709ECfa91a80626fF3989D68f67F5b1DD12D' (EIP-55)
// 1 error generated.
