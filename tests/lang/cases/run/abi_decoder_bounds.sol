// solc's ABI decoder rejects (empty revert) calldata and abi.decode buffers whose offsets or
// lengths point past the end of the data, and values with dirty high bits; arrays that fit
// exactly are accepted, with whatever garbage lies between head and tail.
pragma solidity ^0.8.20;

contract Target {
    function dyn(uint256[] calldata a) external pure returns (uint256) {
        return a.length;
    }

    function mem(uint256[] memory a, uint256[2] memory b) external pure returns (uint256) {
        return a.length + b[1];
    }

    function small(uint8[] calldata a) external pure returns (bytes memory) {
        return abi.encode(a);
    }

    function raw(bytes calldata b) external pure returns (uint256) {
        return b.length;
    }

    function addrs(bytes memory data) external pure returns (uint256) {
        address[] memory list = abi.decode(data, (address[]));
        return list.length;
    }

    function bytesOf(bytes memory data) external pure returns (uint256) {
        bytes memory inner = abi.decode(data, (bytes));
        return inner.length;
    }
}

contract AbiDecoderBounds {
    event Result(bool ok, bytes ret);

    function probe(Target t, bytes memory data) internal {
        (bool ok, bytes memory ret) = address(t).call(data);
        emit Result(ok, ret);
    }

    function run() external payable {
        Target t = new Target();
        bytes4 dyn = Target.dyn.selector;
        probe(t, abi.encodePacked(dyn, uint256(0x20), uint256(0)));
        probe(t, abi.encodePacked(dyn, uint256(0x20), uint256(1)));
        probe(t, abi.encodePacked(dyn, uint256(0x20), uint256(2), uint256(5)));
        probe(t, abi.encodePacked(dyn, uint256(0x20), uint256(2), uint256(5), uint256(6)));
        probe(t, abi.encodePacked(dyn, uint256(0x80), uint256(9), uint256(9), uint256(9), uint256(1), uint256(7)));
        probe(t, abi.encodePacked(dyn, uint256(0x1000)));
        probe(t, abi.encodePacked(dyn, uint256(0x20), uint256(1) << 40));
        bytes4 mem = Target.mem.selector;
        probe(t, abi.encodePacked(mem, uint256(0x40), uint256(1), uint256(2), uint256(5), uint256(6)));
        probe(t, abi.encodePacked(mem, uint256(0x40), uint256(1), uint256(2), uint256(5)));
        bytes4 small = Target.small.selector;
        probe(t, abi.encodePacked(small, uint256(0x20), uint256(2), uint256(0x12), uint256(0x34)));
        probe(t, abi.encodePacked(small, uint256(0x20), uint256(2), uint256(0x12), uint256(0x1234)));
        bytes4 raw = Target.raw.selector;
        probe(t, abi.encodePacked(raw, uint256(0x20), uint256(3), bytes32("abc")));
        probe(t, abi.encodePacked(raw, uint256(0x20), uint256(33), bytes32("abc")));
        address[] memory list = new address[](2);
        list[0] = address(0x42);
        list[1] = address(this);
        probe(t, abi.encodeCall(Target.addrs, (abi.encode(list))));
        probe(t, abi.encodeCall(Target.addrs, (abi.encode(uint256(0x20), uint256(1), uint256(1) << 160))));
        probe(t, abi.encodeCall(Target.addrs, (abi.encode(uint256(0x20), uint256(2), uint256(1)))));
        probe(t, abi.encodeCall(Target.bytesOf, (abi.encode(bytes("hello")))));
        probe(t, abi.encodeCall(Target.bytesOf, (abi.encode(uint256(0x20), uint256(40), bytes32("x")))));
        probe(t, abi.encodeCall(Target.bytesOf, (abi.encode(uint256(0x40)))));
    }
}
// ----
// success
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000000")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000004")
// Result(false, "0x")
// Result(true, "0x000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000800000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000120000000000000000000000000000000000000000000000000000000000000034")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000003")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000005")
// Result(false, "0x")
// Result(false, "0x")
