// Under `pragma abicoder v1;` solc's legacy decoder cleans the dirty high bits of value-type
// parameters (ABI coder v2 reverts on them: abi_validation.sol): a uint8 given 257 reads 1, an
// int8 given 0x1ff reads -1, a bool given 2 reads true, an address and a bytes2 lose the bits
// outside their width.
pragma solidity ^0.8.20;
pragma abicoder v1;

contract AbiCoderV1Cleanup {
    event Values(uint256 a, int256 b, bool c, address d, bytes2 e);
    event Call(bool ok);

    function take(uint8 a, int8 b, bool c, address d, bytes2 e) external {
        emit Values(a, b, c, d, e);
    }

    function run() external payable {
        (bool ok, ) = address(this).call(
            abi.encodeWithSelector(this.take.selector, uint256(257), uint256(0x1ff), uint256(2),
                                   type(uint256).max, bytes32(hex"abcdef"))
        );
        emit Call(ok);
        (ok, ) = address(this).call(
            abi.encodeWithSelector(this.take.selector, uint256(7), uint256(0x80), uint256(1),
                                   uint256(0xbeef), bytes32(hex"0102"))
        );
        emit Call(ok);
    }
}
// ----
// success
// Values("1", "-1", true, "0xffffffffffffffffffffffffffffffffffffffff", "0xabcd")
// Call(true)
// Values("7", "-128", true, "0x000000000000000000000000000000000000beef", "0x0102")
// Call(true)
