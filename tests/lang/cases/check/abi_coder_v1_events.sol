pragma solidity ^0.8.20;
pragma abicoder v1;
// Under ABI coder v1 an event's or error's parameters, like an external function's, hold only
// types the v1 coder encodes: no structs, no arrays of dynamic types (solc 3061).
struct S {
    uint256 a;
}
error Bad(S s);
contract C {
    event WithStruct(S s);
    event Nested(uint256[][] indexed a);
    event Strings(string[] s);
    event Fine(uint256[2][] a, string s, bytes b);
    error AlsoBad(bytes[] b);
}

// ----
// tests/lang/cases/check/abi_coder_v1_events.sol:8:11: error: This type is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//     8 | error Bad(S s);
//       |           ^~~
// tests/lang/cases/check/abi_coder_v1_events.sol:10:22: error: This type is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    10 |     event WithStruct(S s);
//       |                      ^~~
// tests/lang/cases/check/abi_coder_v1_events.sol:11:18: error: This type is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    11 |     event Nested(uint256[][] indexed a);
//       |                  ^~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/abi_coder_v1_events.sol:12:19: error: This type is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    12 |     event Strings(string[] s);
//       |                   ^~~~~~~~~~
// tests/lang/cases/check/abi_coder_v1_events.sol:14:19: error: This type is only supported in ABI coder v2. Use "pragma abicoder v2;" to enable the feature. [E3000]
//    14 |     error AlsoBad(bytes[] b);
//       |                   ^~~~~~~~~
// 5 errors generated.
