// Inline assembly as OpenZeppelin and Solady write it: Yul's if, switch and for loops, memory
// (memory references as addresses, the free-memory pointer, keccak256), return data of calls
// made from assembly, logs and reverts with data, and the EVM's right-to-left evaluation of a
// builtin's arguments.
pragma solidity ^0.8.24;

contract Token {
    mapping(address => uint256) public balanceOf;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

contract AssemblyMemoryAndControlFlow {
    event Numbers(uint256 a, uint256 b, uint256 c);
    event Text(bytes data, string text);
    event Flag(bool ok);
    event Raw(uint256 indexed tag, uint256 value);
    event Word(bytes32 word);

    bytes16 private constant HEX_DIGITS = "0123456789abcdef";

    /// Strings.toHexString's way: a string constant read by name in assembly.
    function lastHexDigit(uint256 value) internal pure returns (bytes32 r) {
        assembly {
            mstore8(0, byte(mod(value, 16), HEX_DIGITS))
            r := and(mload(0), shl(248, 0xff))
        }
    }

    function sumBelow(uint256 n) internal pure returns (uint256 total) {
        assembly {
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                if eq(i, 7) { continue }
                if gt(i, 10) { break }
                total := add(total, i)
            }
        }
    }

    function classify(uint256 x) internal pure returns (uint256 r) {
        assembly {
            switch x
            case 0 { r := 100 }
            case 1 { r := 101 }
            case 0x10 { r := 116 }
            default { r := mul(x, 2) }
        }
    }

    /// The length word and the first data word of a memory `bytes`, and its hash.
    function inspect(bytes memory b) internal pure returns (uint256 len, bytes32 first, bytes32 h) {
        assembly {
            len := mload(b)
            first := mload(add(b, 32))
            h := keccak256(add(b, 32), len)
        }
    }

    /// A fresh `bytes` built in assembly at the free-memory pointer (Strings.toString's way).
    function digits(uint256 value) internal pure returns (string memory s) {
        assembly {
            s := mload(0x40)
            let length := 0
            for { let v := value } 1 {} {
                length := add(length, 1)
                v := div(v, 10)
                if iszero(v) { break }
            }
            mstore(s, length)
            let p := add(add(s, 32), length)
            for { let v := value } gt(length, 0) { length := sub(length, 1) } {
                p := sub(p, 1)
                mstore8(p, add(48, mod(v, 10)))
                v := div(v, 10)
            }
            mstore(0x40, add(s, 64))
        }
    }

    /// SafeERC20's way: the call built in memory, the boolean return checked.
    function safeTransfer(Token token, address to, uint256 amount) internal returns (bool ok) {
        bytes memory data = abi.encodeCall(Token.transfer, (to, amount));
        assembly {
            let success := call(gas(), token, 0, add(data, 32), mload(data), 0, 32)
            ok := and(success, or(iszero(returndatasize()), and(gt(returndatasize(), 31), eq(mload(0), 1))))
        }
    }

    function run() external payable {
        emit Numbers(sumBelow(5), sumBelow(100), classify(0x10) + classify(1) + classify(0) + classify(9));
        (uint256 len, bytes32 first, bytes32 h) = inspect("hello, assembly");
        emit Numbers(len, uint256(first), uint256(h) == uint256(keccak256("hello, assembly")) ? 1 : 0);
        string memory s = digits(9051);
        emit Text(bytes(s), digits(0));

        // The EVM evaluates a builtin's arguments right to left: the identity precompile's
        // copy into [0, 32) happens before mload(0) reads it.
        uint256 order;
        assembly {
            mstore(0, 5)
            mstore(0x20, 7)
            order := add(mul(mload(0), 1000), staticcall(gas(), 4, 0x20, 0x20, 0, 0x20))
        }
        emit Numbers(order, 0, 0);
        bytes32 word;
        assembly {
            word := or("ab\x01", shr(128, hex"ff_ee"))
        }
        emit Word(word);
        emit Word(lastHexDigit(0x2c));

        Token token = new Token();
        token.mint(address(this), 10);
        emit Flag(safeTransfer(token, address(1), 4));
        emit Flag(safeTransfer(token, address(1), 40));
        emit Numbers(token.balanceOf(address(this)), token.balanceOf(address(1)), 0);

        bytes32 topic = Raw.selector;
        assembly {
            mstore(0, 77)
            log2(0, 32, topic, 5)
        }

        bool reverted;
        try this.fails(3) {
            reverted = false;
        } catch (bytes memory reason) {
            reverted = reason.length == 36 && bytes4(reason) == 0x12345678;
        }
        emit Flag(reverted);
    }

    function fails(uint256 code) external pure {
        assembly {
            mstore(0, shl(224, 0x12345678))
            mstore(4, code)
            revert(0, 36)
        }
    }
}
// ----
// success
// Numbers("10", "48", "335")
// Numbers("15", "47219736118189831600339276650499832310164418059435468870830744092962572992512", "1")
// Text("0x39303531", "0")
// Numbers("7001", "0", "0")
// Word("0x61620100000000000000000000000000ffee0000000000000000000000000000")
// Word("0x6300000000000000000000000000000000000000000000000000000000000000")
// Flag(true)
// Flag(false)
// Numbers("6", "4", "0")
// Raw("5", "77")
// Flag(true)
