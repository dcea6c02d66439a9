pragma solidity ^0.8.20;

contract AssemblyRules {
    struct S {
        uint256 v;
    }

    uint256 total;
    uint256 constant K = 3;
    S s;

    function outsideBuiltins(uint256 x) external returns (uint256 r) {
        assembly {
            r := msize()
            r := blockhash(x)
            extcodecopy(x, 0, 0, 32)
            codecopy(0, 0, 32)
        }
    }

    function mutability() external pure returns (uint256 r) {
        assembly {
            r := caller()
            r := add(returndatasize(), calldataload(0))
        }
    }

    function viewCalls(address a) external view returns (uint256 r) {
        assembly {
            r := staticcall(gas(), a, 0, 0, 0, 0)
            r := call(gas(), a, 0, 0, 0, 0, 0)
            log0(0, 0)
            r := create2(0, 0, 0, 1)
        }
    }

    function switches(uint256 x) external pure returns (uint256 r) {
        assembly {
            switch x
            default { r := 1 }
            switch x
            case 1 { r := 1 }
            case 0x01 { r := 2 }
            if add(x, 1) { r := 3 }
            if sstore(0, 1) { }
            for { let i := 0 } i { pop(i) } { let i := 1 }
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

    function memoryVariable(bytes calldata c) external pure returns (uint256 r) {
        bytes memory b = "x";
        assembly {
            r := b
            b := mload(0x40)
            r := c
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
// tests/lang/cases/check/assembly_rules.sol:14:18: error: the Yul builtin 'msize' is outside Mallory's subset of inline assembly [E4005]
//    14 |             r := msize()
//       |                  ^~~~~
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:16:13: error: the Yul builtin 'extcodecopy' is outside Mallory's subset of inline assembly [E4005]
//    16 |             extcodecopy(x, 0, 0, 32)
//       |             ^~~~~~~~~~~
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:17:13: error: the Yul builtin 'codecopy' is outside Mallory's subset of inline assembly [E4005]
//    17 |             codecopy(0, 0, 32)
//       |             ^~~~~~~~
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:23:18: error: function 'mutability' is declared 'pure', but this expression reads the state or the environment [E3008]
//    23 |             r := caller()
//       |                  ^~~~~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/assembly_rules.sol:31:18: error: function 'viewCalls' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    31 |             r := call(gas(), a, 0, 0, 0, 0, 0)
//       |                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/assembly_rules.sol:32:13: error: function 'viewCalls' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    32 |             log0(0, 0)
//       |             ^~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/assembly_rules.sol:33:18: error: function 'viewCalls' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    33 |             r := create2(0, 0, 0, 1)
//       |                  ^~~~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/assembly_rules.sol:39:13: warning: "switch" statement with only a default case. [E3040]
//    39 |             switch x
//       |             ^~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:43:18: error: Duplicate case "0x01" defined. [E3040]
//    43 |             case 0x01 { r := 2 }
//       |                  ^~~~
// tests/lang/cases/check/assembly_rules.sol:45:16: error: function 'switches' is declared 'pure', but this expression modifies the state [E3008]
//    45 |             if sstore(0, 1) { }
//       |                ^~~~~~~~~~~~
//       = help: remove 'pure'
// tests/lang/cases/check/assembly_rules.sol:45:16: error: a Yul condition must have exactly one value [E3040]
//    45 |             if sstore(0, 1) { }
//       |                ^~~~~~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:46:51: error: 'i' is already declared: a Yul variable cannot shadow a Yul variable or a Solidity name [E3040]
//    46 |             for { let i := 0 } i { pop(i) } { let i := 1 }
//       |                                                   ^
// tests/lang/cases/check/assembly_rules.sol:52:18: error: 'add' takes 2 arguments, but 1 was given [E3040]
//    52 |             r := add(1)
//       |                  ^~~~~~
// tests/lang/cases/check/assembly_rules.sol:53:13: error: a Yul expression statement must not return a value: use pop(...) to discard it [E3040]
//    53 |             add(r, 1)
//       |             ^~~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:54:18: error: Function "nosuch" not found. [E3040]
//    54 |             r := nosuch(1)
//       |                  ^~~~~~
// tests/lang/cases/check/assembly_rules.sol:55:18: error: undeclared identifier 'missing' in inline assembly [E3040]
//    55 |             r := missing
//       |                  ^~~~~~~
// tests/lang/cases/check/assembly_rules.sol:56:17: error: 'total' is already declared: a Yul variable cannot shadow a Yul variable or a Solidity name [E3040]
//    56 |             let total := 1
//       |                 ^~~~~
// tests/lang/cases/check/assembly_rules.sol:57:17: error: The identifier name "this" is reserved. [E3040]
//    57 |             let this := 2
//       |                 ^~~~
// tests/lang/cases/check/assembly_rules.sol:59:18: error: storage pointer 'p' is used in inline assembly through 'p.slot' and 'p.offset' [E3040]
//    59 |             r := p
//       |                  ^
// tests/lang/cases/check/assembly_rules.sol:60:18: error: state variable 'total' can only be used in inline assembly through 'total.slot' and 'total.offset' [E3040]
//    60 |             r := total
//       |                  ^~~~~
// tests/lang/cases/check/assembly_rules.sol:62:18: error: 'p.length' is outside Mallory's subset of inline assembly [E4005]
//    62 |             r := p.length
//       |                  ^~~~~~~~
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:63:13: error: assigning 'p.offset' is outside Mallory's subset: storage offsets are always 0 in Mallory's layout [E4005]
//    63 |             p.offset := 1
//       |             ^~~~~~~~
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// tests/lang/cases/check/assembly_rules.sol:64:18: error: '100000000000000000000000000000000000000000000000000000000000000000000000000000000' is not a Yul literal that fits in 256 bits [E3040]
//    64 |             r := 100000000000000000000000000000000000000000000000000000000000000000000000000000000
//       |                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/assembly_rules.sol:73:18: error: Call data elements cannot be accessed directly. Use ".offset" and ".length" to access the calldata offset and length of this array and then use "calldatacopy". [E3040]
//    73 |             r := c
//       |                  ^
// tests/lang/cases/check/assembly_rules.sol:79:13: error: function 'pureWrites' is declared 'pure', but this expression modifies the state [E3008]
//    79 |             sstore(0, 1)
//       |             ^~~~~~~~~~~~
//       = help: remove 'pure'
// tests/lang/cases/check/assembly_rules.sol:92:13: error: assigning 'c' (enum AssemblyRules.Color) in inline assembly is outside Mallory's subset: only integers, bytesN, bool, addresses and '.slot' [E4005]
//    92 |             c := 1
//       |             ^
//       = help: Mallory's inline assembly has Yul's statements and function definitions, its arithmetic, storage, memory, call and environment builtins, and Solidity value types, memory references and storage pointers (LANGUAGE.md §4.1)
// 25 errors and 1 warning generated.
