// A pure function reads an immutable initialised by a literal number (solc counts that read as
// pure); the value comes from the deployed code as every immutable's does.
pragma solidity ^0.8.20;

contract ImmutableLiteralPure {
    uint256 immutable SCALE = 1e18;
    uint64 immutable SHIFTED = 2 ** 40 + 3;

    event Values(uint256 a, uint256 b, address zero);

    function scaled(uint256 x) public pure returns (uint256) {
        return x * SCALE + SHIFTED;
    }

    function run() external payable {
        emit Values(scaled(3), this.scaled(0), payable(0));
    }
}
// ----
// success
// Values("3000001099511627779", "1099511627779", "0x0000000000000000000000000000000000000000")
