// Yul function definitions in inline assembly: several returns, `leave`, recursion, calls
// before the definition, functions of nested blocks calling those of enclosing blocks,
// memory and storage inside functions, and right-to-left evaluation of a call's arguments.
pragma solidity ^0.8.24;

contract AssemblyFunctions {
    event Numbers(uint256 a, uint256 b, uint256 c);

    uint256 stored;

    function divmod(uint256 x, uint256 y) internal pure returns (uint256 q, uint256 r) {
        assembly {
            // Called before its definition; returns start at zero and `leave` keeps them.
            q, r := safe_divmod(x, y)
            function safe_divmod(a, b) -> quotient, remainder {
                if iszero(b) { leave }
                quotient := div(a, b)
                remainder := mod(a, b)
            }
        }
    }

    function factorialAndFib(uint256 n) internal pure returns (uint256 f, uint256 g) {
        assembly {
            function fact(k) -> result {
                result := 1
                if gt(k, 1) { result := mul(k, fact(sub(k, 1))) }
            }
            function fib(k) -> result {
                if lt(k, 2) {
                    result := k
                    leave
                }
                result := add(fib(sub(k, 1)), fib(sub(k, 2)))
            }
            f := fact(n)
            g := fib(n)
        }
    }

    function nested(uint256 x) internal pure returns (uint256 r) {
        assembly {
            function double(a) -> b { b := add(a, a) }
            {
                function quadruple(a) -> b { b := double(double(a)) }
                r := quadruple(x)
                {
                    function plusTen(a) -> b {
                        function ten() -> t { t := 10 }
                        b := add(quadruple(a), ten())
                    }
                    r := add(r, plusTen(1))
                }
            }
            // A function with no returns, called as a statement, and a loop that leaves early.
            function firstAbove(limit) -> found {
                for { let i := 0 } lt(i, 100) { i := add(i, 1) } {
                    if gt(mul(i, i), limit) {
                        found := i
                        leave
                    }
                }
                found := 1000
            }
            r := add(mul(r, 1000), firstAbove(50))
        }
    }

    function memoryAndStorage(uint256 v) internal returns (uint256 a, uint256 b, uint256 c) {
        assembly {
            function put(slot, value) { sstore(slot, value) }
            function bump(slot) -> old {
                old := sload(slot)
                put(slot, add(old, 1))
            }
            function writeWords(p, x) -> end {
                mstore(p, x)
                mstore(add(p, 32), mul(x, 2))
                end := add(p, 64)
            }
            function sumWords(p) -> s { s := add(mload(p), mload(add(p, 32))) }
            let p := mload(0x40)
            let end := writeWords(p, v)
            mstore(0x40, end)
            a := sumWords(p)
            put(stored.slot, v)
            b := bump(stored.slot)
            c := sload(stored.slot)
        }
    }

    function argumentOrder() internal returns (uint256 a, uint256 b) {
        assembly {
            function next() -> n {
                n := add(sload(7), 1)
                sstore(7, n)
            }
            function pair(x, y) -> first, second {
                first := x
                second := y
            }
            // Arguments are evaluated right to left: y is the first call, x the second.
            a, b := pair(next(), next())
        }
    }

    function run() external payable {
        (uint256 q, uint256 r) = divmod(47, 5);
        (uint256 q0, uint256 r0) = divmod(47, 0);
        emit Numbers(q, r, q0 + r0);
        (uint256 f, uint256 g) = factorialAndFib(10);
        emit Numbers(f, g, 0);
        emit Numbers(nested(3), 0, 0);
        (uint256 a, uint256 b, uint256 c) = memoryAndStorage(21);
        emit Numbers(a, b, c);
        (a, b) = argumentOrder();
        emit Numbers(a, b, stored);
    }
}
// ----
// success
// Numbers("9", "2", "0")
// Numbers("3628800", "55", "0")
// Numbers("26008", "0", "0")
// Numbers("63", "21", "22")
// Numbers("2", "1", "22")
