// A variable divided by a literal zero compiles, as in solc, and panics 0x12 when it runs:
// `/`, `%`, their compound assignments, and a zero folded from literals (`2 - 2`).
pragma solidity ^0.8.20;

contract DivideByLiteralZero {
    uint256 stored = 7;

    event Probe(string name, bool ok, bytes data);

    function divide(uint256 x) external pure returns (uint256) {
        return x / 0;
    }

    function modulo(int256 x) external pure returns (int256) {
        return x % (2 - 2);
    }

    function divideStored() external returns (uint256) {
        stored /= 0;
        return stored;
    }

    function uncheckedModulo(uint8 x) external pure returns (uint8) {
        unchecked {
            return x % 0;
        }
    }

    function probe(string memory name, bytes memory call) internal {
        (bool ok, bytes memory data) = address(this).call(call);
        emit Probe(name, ok, data);
    }

    function run() external payable {
        probe("divide", abi.encodeCall(this.divide, (5)));
        probe("modulo", abi.encodeCall(this.modulo, (-5)));
        probe("divideStored", abi.encodeCall(this.divideStored, ()));
        probe("uncheckedModulo", abi.encodeCall(this.uncheckedModulo, (9)));
    }
}
// ----
// success
// Probe("divide", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// Probe("modulo", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// Probe("divideStored", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// Probe("uncheckedModulo", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
