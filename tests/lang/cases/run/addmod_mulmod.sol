// addmod / mulmod: the sum or product is exact (no wrap at 2^256) before the modulus; a zero
// modulus is Panic 0x12. As solc's legacy code generator, the modulus is evaluated first, then
// the other arguments right to left (the events of the argument functions show the order).
pragma solidity ^0.8.20;

contract ModArith {
    event U(uint256 v);
    event B(bytes v);

    function arg(uint256 v) internal returns (uint256) {
        emit U(v);
        return v;
    }

    function add(uint256 x, uint256 y, uint256 k) external pure returns (uint256) {
        return addmod(x, y, k);
    }

    function mul(uint256 x, uint256 y, uint256 k) external pure returns (uint256) {
        return mulmod(x, y, k);
    }

    function run() external payable {
        uint256 max = type(uint256).max;
        emit U(addmod(max, max, 7));
        emit U(addmod(max, 1, max));
        emit U(mulmod(max, max, 12345678901234567890));
        emit U(mulmod(2 ** 255, 4, 2 ** 256 - 3));
        emit U(addmod(2 ** 255, 2 ** 255, 7));
        emit U(addmod(3, 4, 1));
        uint8 small = 200;
        emit U(mulmod(small, small, 1000));
        emit U(addmod(arg(1), arg(2), arg(3)));
        emit U(mulmod(arg(4), arg(5), arg(6)));
        (bool ok, bytes memory ret) = address(this).call(abi.encodeCall(this.add, (1, 2, 0)));
        emit U(ok ? 1 : 0);
        emit B(ret);
        (ok, ret) = address(this).call(abi.encodeCall(this.mul, (max, max, 0)));
        emit U(ok ? 1 : 0);
        emit B(ret);
        emit U(this.mul(max, max - 1, max - 2));
    }
}
// ----
// success
// U("2")
// U("1")
// U("8783330485252815135")
// U("6")
// U("2")
// U("0")
// U("0")
// U("3")
// U("2")
// U("1")
// U("0")
// U("6")
// U("5")
// U("4")
// U("2")
// U("0")
// B("0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// U("0")
// B("0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// U("2")
