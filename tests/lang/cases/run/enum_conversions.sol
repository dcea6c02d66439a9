// Any integer converts to an enum, a signed one too; a value outside the members panics 0x21,
// a negative one and a constant known at compile time included (solc's
// enums/enum_explicit_overflow.sol). Each probe runs in its own call frame.
pragma solidity ^0.8.20;

contract EnumConversions {
    enum Choice { Left, Right, Straight }

    event Probe(string name, bool ok, bytes data);

    int256 constant MINUS_ONE = -1;

    function fromUnsigned(uint256 x) external pure returns (uint256) {
        return uint256(Choice(x));
    }

    function fromSigned(int256 x) external pure returns (uint256) {
        return uint256(Choice(x));
    }

    function fromNarrowSigned(int8 x) external pure returns (Choice) {
        return Choice(x);
    }

    function fromMax() external pure returns (uint256) {
        return uint256(Choice(type(uint256).max));
    }

    function fromConstant() external pure returns (uint256) {
        return uint256(Choice(MINUS_ONE));
    }

    function probe(string memory name, bytes memory call) internal {
        (bool ok, bytes memory data) = address(this).call(call);
        emit Probe(name, ok, data);
    }

    function run() external payable {
        probe("unsigned last", abi.encodeCall(this.fromUnsigned, (2)));
        probe("unsigned past", abi.encodeCall(this.fromUnsigned, (3)));
        probe("signed first", abi.encodeCall(this.fromSigned, (0)));
        probe("signed last", abi.encodeCall(this.fromSigned, (2)));
        probe("signed negative", abi.encodeCall(this.fromSigned, (-1)));
        probe("int8 min", abi.encodeCall(this.fromNarrowSigned, (type(int8).min)));
        probe("int8 one", abi.encodeCall(this.fromNarrowSigned, (1)));
        probe("constant max", abi.encodeCall(this.fromMax, ()));
        probe("constant negative", abi.encodeCall(this.fromConstant, ()));
    }
}
// ----
// success
// Probe("unsigned last", true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Probe("unsigned past", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
// Probe("signed first", true, "0x0000000000000000000000000000000000000000000000000000000000000000")
// Probe("signed last", true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Probe("signed negative", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
// Probe("int8 min", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
// Probe("int8 one", true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Probe("constant max", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
// Probe("constant negative", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
