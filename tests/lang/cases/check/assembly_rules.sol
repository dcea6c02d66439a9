pragma solidity ^0.8.20;

contract AssemblyRules {
    struct S {
        uint256 v;
    }

    uint256 total;
    uint256 constant K = 3;
    S s;

    function outsideBuiltins(uint256 x) external view returns (uint256 r) {
        assembly {
            r := mload(0x40)
            r := keccak256(0, 32)
            r := balance(x)
            r := caller()
        }
    }

    function solcRules(uint8 small, S storage p) internal view returns (uint256 r) {
        assembly {
            r := add(1)
            add(r, 1)
            r := nosuch(1)
            r := missing
            let total := 1
            let this := 2
            small := 1
            r := p
            r := total
            r := K
            r := p.length
            p.offset := 1
            r := 100000000000000000000000000000000000000000000000000000000000000000000000000000000
        }
    }

    function memoryVariable() external pure returns (uint256 r) {
        bytes memory b = "x";
        assembly {
            r := b
        }
    }

    function pureWrites() external pure {
        assembly {
            sstore(0, 1)
        }
    }

    enum Color { red, green }

    function narrowAssignments() external pure returns (uint256 r) {
        uint8 small;
        bool flag;
        Color c;
        assembly {
            small := 0x1ff
            flag := 2
            c := 1
        }
        assembly {
            r := small
        }
        r += flag ? 1 : 0;
        r += uint8(c);
    }

    function viewReads() external view returns (uint256 r) {
        assembly {
            r := sload(s.slot)
        }
    }
}
// ----
// tests/lang/cases/check/assembly_rules.sol:14:18: error: the Yul builtin 'mload' is outside Mallory's subset of inline assembly [E4005]
//    14 |             r := mload(0x40)
//       |                  ^~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:15:18: error: the Yul builtin 'keccak256' is outside Mallory's subset of inline assembly [E4005]
//    15 |             r := keccak256(0, 32)
//       |                  ^~~~~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:16:18: error: the Yul builtin 'balance' is outside Mallory's subset of inline assembly [E4005]
//    16 |             r := balance(x)
//       |                  ^~~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:17:18: error: the Yul builtin 'caller' is outside Mallory's subset of inline assembly [E4005]
//    17 |             r := caller()
//       |                  ^~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:23:18: error: 'add' takes 2 arguments, but 1 was given [E3040]
//    23 |             r := add(1)
//       |                  ^~~~~~
// tests/lang/cases/check/assembly_rules.sol:24:13: error: a Yul expression statement must not return a value: use pop(...) to discard it [E3040]
//    24 |             add(r, 1)
//       |             ^~~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:25:18: error: 'nosuch' is not a Yul builtin, and inline assembly in Mallory's subset defines no functions [E3040]
//    25 |             r := nosuch(1)
//       |                  ^~~~~~
// tests/lang/cases/check/assembly_rules.sol:26:18: error: undeclared identifier 'missing' in inline assembly [E3040]
//    26 |             r := missing
//       |                  ^~~~~~~
// tests/lang/cases/check/assembly_rules.sol:27:17: error: 'total' is already declared: a Yul variable cannot shadow a Yul variable or a Solidity name [E3040]
//    27 |             let total := 1
//       |                 ^~~~~
// tests/lang/cases/check/assembly_rules.sol:28:17: error: The identifier name "this" is reserved. [E3040]
//    28 |             let this := 2
//       |                 ^~~~
// tests/lang/cases/check/assembly_rules.sol:30:18: error: storage pointer 'p' is used in inline assembly through 'p.slot' and 'p.offset' [E3040]
//    30 |             r := p
//       |                  ^
// tests/lang/cases/check/assembly_rules.sol:31:18: error: state variable 'total' can only be used in inline assembly through 'total.slot' and 'total.offset' [E3040]
//    31 |             r := total
//       |                  ^~~~~
// tests/lang/cases/check/assembly_rules.sol:33:18: error: 'p.length' is outside Mallory's subset of inline assembly [E4005]
//    33 |             r := p.length
//       |                  ^~~~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:34:13: error: assigning 'p.offset' is outside Mallory's subset: storage offsets are always 0 in Mallory's layout [E4005]
//    34 |             p.offset := 1
//       |             ^~~~~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:35:18: error: '100000000000000000000000000000000000000000000000000000000000000000000000000000000' is not a Yul number literal that fits in 256 bits [E3040]
//    35 |             r := 100000000000000000000000000000000000000000000000000000000000000000000000000000000
//       |                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:42:18: error: 'b' (bytes memory) in inline assembly is outside Mallory's subset: only value types and storage pointers [E4005]
//    42 |             r := b
//       |                  ^
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:48:13: error: function 'pureWrites' is declared 'pure', but this expression modifies the state [E3008]
//    48 |             sstore(0, 1)
//       |             ^~~~~~~~~~~~
//       = help: remove 'pure'
// tests/lang/cases/check/assembly_rules.sol:61:13: error: assigning 'c' (enum AssemblyRules.Color) in inline assembly is outside Mallory's subset: only integers, bytesN, bool, addresses and '.slot' [E4005]
//    61 |             c := 1
//       |             ^
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:64:18: error: reading 'small' (uint8) in inline assembly after inline assembly assigned it is outside Mallory's subset: solc keeps the assigned word's bits beyond the type, Mallory cleans them [E4005]
//    64 |             r := small
//       |                  ^~~~~
//       = help: Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)
// 19 errors generated.
