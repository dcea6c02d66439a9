// Values decoded from calldata, return data and abi.decode are validated as solc does: a
// uint8 or int8 or bytes4 or bool or address word with dirty bits reverts (empty data).
pragma solidity ^0.8.20;

interface Narrow {
    function small() external returns (uint8);
    function signed() external returns (int8);
    function tag() external returns (bytes4);
    function flag() external returns (bool);
    function who() external returns (address);
}

contract Wide {
    uint256 public value;

    function set(uint256 v) external {
        value = v;
    }

    function small() external view returns (uint256) {
        return value;
    }

    function signed() external view returns (uint256) {
        return value;
    }

    function tag() external view returns (uint256) {
        return value;
    }

    function flag() external view returns (uint256) {
        return value;
    }

    function who() external view returns (uint256) {
        return value;
    }
}

contract AbiValidation {
    event Probe(uint256 round, string name, bool ok, bytes data);
    event U(uint256 v);
    event I(int256 v);

    Wide wide;

    function viaSmall() external returns (uint256) {
        return Narrow(address(wide)).small();
    }

    function viaSigned() external returns (int256) {
        return Narrow(address(wide)).signed();
    }

    function viaTag() external returns (bytes4) {
        return Narrow(address(wide)).tag();
    }

    function viaFlag() external returns (bool) {
        return Narrow(address(wide)).flag();
    }

    function viaWho() external returns (address) {
        return Narrow(address(wide)).who();
    }

    function decodeSmall(bytes memory data) external pure returns (uint8) {
        return abi.decode(data, (uint8));
    }

    function probe(uint256 round, string memory name, bytes memory call) internal {
        (bool ok, bytes memory data) = address(this).call(call);
        emit Probe(round, name, ok, data);
    }

    function all(uint256 round) internal {
        probe(round, "small", abi.encodeCall(this.viaSmall, ()));
        probe(round, "signed", abi.encodeCall(this.viaSigned, ()));
        probe(round, "tag", abi.encodeCall(this.viaTag, ()));
        probe(round, "flag", abi.encodeCall(this.viaFlag, ()));
        probe(round, "who", abi.encodeCall(this.viaWho, ()));
    }

    function run() external payable {
        wide = new Wide();
        wide.set(1);
        all(1);
        wide.set(255);
        all(2);
        wide.set(type(uint256).max);
        all(3);
        wide.set(0xff00000000000000000000000000000000000000000000000000000000000000);
        all(4);
        probe(5, "decode ok", abi.encodeCall(this.decodeSmall, (abi.encode(uint256(7)))));
        probe(5, "decode dirty", abi.encodeCall(this.decodeSmall, (abi.encode(uint256(256)))));
    }
}
// ----
// success
// Probe("1", "small", true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Probe("1", "signed", true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Probe("1", "tag", false, "0x")
// Probe("1", "flag", true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Probe("1", "who", true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Probe("2", "small", true, "0x00000000000000000000000000000000000000000000000000000000000000ff")
// Probe("2", "signed", false, "0x")
// Probe("2", "tag", false, "0x")
// Probe("2", "flag", false, "0x")
// Probe("2", "who", true, "0x00000000000000000000000000000000000000000000000000000000000000ff")
// Probe("3", "small", false, "0x")
// Probe("3", "signed", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
// Probe("3", "tag", false, "0x")
// Probe("3", "flag", false, "0x")
// Probe("3", "who", false, "0x")
// Probe("4", "small", false, "0x")
// Probe("4", "signed", false, "0x")
// Probe("4", "tag", true, "0xff00000000000000000000000000000000000000000000000000000000000000")
// Probe("4", "flag", false, "0x")
// Probe("4", "who", false, "0x")
// Probe("5", "decode ok", true, "0x0000000000000000000000000000000000000000000000000000000000000007")
// Probe("5", "decode dirty", false, "0x")
