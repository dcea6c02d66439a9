// Names and literals solc's Yul parser rejects: builtins are only called, never assigned,
// declared or read as values; keywords are never names; no octal-looking numbers; the
// memory-safe flag is given once.
contract YulNames {
    function assignBuiltin() public pure {
        uint256 mload;
        assembly {
            mload := 1
        }
    }

    function readBuiltin() public pure returns (uint256 r) {
        assembly {
            r := returndatasize
        }
    }

    function declareBuiltin() public pure {
        assembly {
            let sload := 1
        }
    }

    function declareKeyword() public pure {
        assembly {
            let hex := 1
        }
    }

    function assignKeyword() public pure {
        assembly {
            true := 1
        }
    }

    function octal() public pure returns (uint256 r) {
        assembly {
            r := 0100
        }
    }

    function zeroIsFine() public pure returns (uint256 r) {
        assembly {
            r := add(0, 0x0100)
        }
    }

    function flagTwice() public pure {
        assembly ("memory-safe", "memory-safe") {
        }
    }
}
// ----
// tests/lang/cases/parse/yul_names.sol:8:13: error: Cannot assign to builtin function "mload". [E1000]
//     8 |             mload := 1
//       |             ^~~~~
// tests/lang/cases/parse/yul_names.sol:14:18: error: Builtin function "returndatasize" must be called. [E1000]
//    14 |             r := returndatasize
//       |                  ^~~~~~~~~~~~~~
// tests/lang/cases/parse/yul_names.sol:20:17: error: Cannot use builtin function name "sload" as identifier name. [E1000]
//    20 |             let sload := 1
//       |                 ^~~~~
// tests/lang/cases/parse/yul_names.sol:26:17: error: expected a Yul identifier, found the keyword 'hex' [E1000]
//    26 |             let hex := 1
//       |                 ^~~
// tests/lang/cases/parse/yul_names.sol:32:13: error: expected a Yul identifier, found the keyword 'true' [E1000]
//    32 |             true := 1
//       |             ^~~~
// tests/lang/cases/parse/yul_names.sol:38:18: error: Illegal token: Octal numbers not allowed. [E1000]
//    38 |             r := 0100
//       |                  ^~~~
// tests/lang/cases/parse/yul_names.sol:49:18: error: Inline assembly marked memory-safe multiple times. [E1000]
//    49 |         assembly ("memory-safe", "memory-safe") {
//       |                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 7 errors generated.
