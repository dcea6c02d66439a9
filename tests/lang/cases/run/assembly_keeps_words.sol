// Inline assembly keeps the word it assigns to a narrower variable, as solc does: Yul reads it
// back whole (OpenZeppelin's MessageHashUtils shifts a bytes1 right and tests its bits), while
// Solidity code sees the value cleaned. A calldata argument's length in Yul, `type(E).max` of
// an enum, and a private state variable that a derived contract declares again.
pragma solidity ^0.8.24;

contract Base {
    uint256 private secret = 1;

    function baseSecret() public view returns (uint256) {
        return secret;
    }
}

contract AssemblyKeepsWords is Base {
    event Words(uint256 a, uint256 b, uint256 c);
    event Values(uint8 small, bool flag, bytes1 b, uint256 sum);

    enum Level { low, mid, high }

    uint256 private secret = 2;

    function fieldBits(bytes1 fields) internal pure returns (uint256 bits) {
        assembly {
            fields := shr(248, fields)
            if and(fields, 0x01) { bits := add(bits, 1) }
            if and(fields, 0x04) { bits := add(bits, 4) }
            if and(fields, 0x08) { bits := add(bits, 8) }
        }
    }

    function lengthOf(bytes calldata data, uint256[] calldata values) external pure returns (uint256 n, uint256 m) {
        assembly {
            n := data.length
            m := values.length
        }
    }

    function run() external payable {
        emit Words(fieldBits(0x0d), fieldBits(0x0f), fieldBits(0x00));

        uint8 small;
        bool flag;
        bytes1 b;
        uint256 rawSmall;
        uint256 rawFlag;
        assembly {
            small := 0x1ff
            flag := 2
            b := 0x41
            rawSmall := small
            rawFlag := flag
        }
        emit Words(rawSmall, rawFlag, 0);
        small -= 1;
        emit Values(small, flag, b, uint256(small) + (flag ? 10 : 0));

        uint256[] memory values = new uint256[](3);
        (uint256 n, uint256 m) = this.lengthOf("hello", values);
        emit Words(n, m, uint8(type(Level).max) * 10 + uint8(type(Level).min));
        emit Words(secret, baseSecret(), 0);
    }
}
// ----
// success
// Words("13", "13", "0")
// Words("511", "2", "0")
// Values("254", true, "0x00", "264")
// Words("5", "3", "20")
// Words("2", "1", "0")
