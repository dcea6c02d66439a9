// Calldata arrays of dynamic arrays (`uint256[][]`, `uint256[][2]`, three levels, `bytes[]`):
// indexing, `length`, copies to memory, abi.encode, passing on to internal and
// external calls. solc checks an element's offset and length only when the element is read, so
// a malformed element nobody reads does not revert, and reading it, or copying or encoding the
// whole array, reverts with empty data.
pragma solidity ^0.8.20;

contract Target {
    function sum(uint256[][] calldata a) public pure returns (uint256 s) {
        for (uint256 i = 0; i < a.length; ++i)
            for (uint256 j = 0; j < a[i].length; ++j)
                s += a[i][j];
    }

    function outer(uint256[][] calldata a) external pure returns (uint256) {
        return a.length;
    }

    function at(uint256[][] calldata a, uint256 i, uint256 j) external pure returns (uint256) {
        return a[i][j];
    }

    function row(uint256[][] calldata a, uint256 i) external pure returns (uint256[] memory) {
        return a[i];
    }

    function copy(uint256[][] calldata a) external pure returns (uint256[][] memory) {
        uint256[][] memory m = a;
        return m;
    }

    function encoded(uint256[][] calldata a) external pure returns (bytes memory) {
        return abi.encode(a);
    }

    function forward(uint256[][] calldata a) external view returns (uint256) {
        return this.sum(a) + inner(a);
    }

    function inner(uint256[][] calldata a) internal pure returns (uint256) {
        return a.length;
    }

    function pair(uint256[][2] calldata a) external pure returns (uint256, uint256) {
        return (a[0].length, a[1].length);
    }

    function cube(uint256[][][] calldata a, uint256 i, uint256 j, uint256 k)
        external
        pure
        returns (uint256, uint256)
    {
        return (a[i][j].length, a[i][j][k]);
    }

    function blob(bytes[] calldata b, uint256 i) external pure returns (uint256) {
        return b[i].length;
    }

    function count(bytes[] calldata b) external pure returns (uint256) {
        return b.length;
    }
}

contract CalldataNestedArrays {
    event Result(bool ok, bytes ret);

    function probe(Target t, bytes memory data) internal {
        (bool ok, bytes memory ret) = address(t).call(data);
        emit Result(ok, ret);
    }

    function run() external payable {
        Target t = new Target();
        uint256[][] memory a = new uint256[][](3);
        a[0] = new uint256[](2);
        a[0][0] = 1;
        a[0][1] = 2;
        a[2] = new uint256[](1);
        a[2][0] = 7;
        probe(t, abi.encodeCall(Target.sum, (a)));
        probe(t, abi.encodeCall(Target.at, (a, 0, 1)));
        probe(t, abi.encodeCall(Target.at, (a, 1, 0)));
        probe(t, abi.encodeCall(Target.at, (a, 3, 0)));
        probe(t, abi.encodeCall(Target.row, (a, 2)));
        probe(t, abi.encodeCall(Target.copy, (a)));
        probe(t, abi.encodeCall(Target.encoded, (a)));
        probe(t, abi.encodeCall(Target.forward, (a)));
        uint256[][2] memory two;
        two[1] = new uint256[](4);
        probe(t, abi.encodeCall(Target.pair, (two)));
        uint256[][][] memory c = new uint256[][][](1);
        c[0] = a;
        probe(t, abi.encodeCall(Target.cube, (c, 0, 0, 1)));
        probe(t, abi.encodeCall(Target.cube, (c, 0, 1, 0)));
        bytes[] memory b = new bytes[](2);
        b[1] = "abc";
        probe(t, abi.encodeCall(Target.blob, (b, 1)));
        malformed(t);
    }

    function malformed(Target t) internal {
        // One element whose offset points past the end: fine until it is read.
        bytes memory bad = abi.encode(uint256(0x20), uint256(1), uint256(0x20));
        probe(t, bytes.concat(Target.outer.selector, bad));
        probe(t, bytes.concat(Target.at.selector, abi.encode(uint256(0x60), 0, 0, 1, 0x20)));
        probe(t, bytes.concat(Target.copy.selector, bad));
        probe(t, bytes.concat(Target.encoded.selector, bad));
        probe(t, bytes.concat(Target.forward.selector, bad));
        // An element whose length runs past the end.
        bytes memory long = abi.encode(uint256(0x20), uint256(1), uint256(0x20), uint256(2), 5);
        probe(t, bytes.concat(Target.outer.selector, long));
        probe(t, bytes.concat(Target.row.selector, abi.encode(0x40, 0, 1, 0x20, 2, 5)));
        // The outer array itself is checked on entry.
        probe(t, bytes.concat(Target.outer.selector, abi.encode(uint256(0x20), uint256(2))));
        // Two elements sharing one tail, and an element read from the heads (offset 0).
        probe(t, bytes.concat(Target.copy.selector, abi.encode(0x20, 2, 0x40, 0x40, 2, 1, 2)));
        probe(t, bytes.concat(Target.copy.selector, abi.encode(0x20, 2, 0, 0x60, 2, 1, 2)));
        // bytes[]: the same lazy checks.
        probe(t, bytes.concat(Target.count.selector, abi.encode(0x20, 2, 0x40, 0x1000)));
        probe(t, bytes.concat(Target.blob.selector, abi.encode(0x40, 0, 2, 0x40, 0x1000, 0)));
        probe(t, bytes.concat(Target.blob.selector, abi.encode(0x40, 1, 2, 0x40, 0x1000, 0)));
        // uint256[][2]: the two heads must be there; each element is checked when read.
        probe(t, bytes.concat(Target.pair.selector, abi.encode(0x20, 0x40)));
        probe(t, bytes.concat(Target.pair.selector, abi.encode(0x20, 0x40, 0x1000)));
        probe(t, bytes.concat(Target.pair.selector, abi.encode(0x20, 0x40, 0x40, 0)));
    }
}
// ----
// success
// Result(true, "0x000000000000000000000000000000000000000000000000000000000000000a")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Result(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// Result(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// Result(true, "0x000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000007")
// Result(true, "0x00000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000006000000000000000000000000000000000000000000000000000000000000000c000000000000000000000000000000000000000000000000000000000000000e0000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000007")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000016000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000006000000000000000000000000000000000000000000000000000000000000000c000000000000000000000000000000000000000000000000000000000000000e0000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000007")
// Result(true, "0x000000000000000000000000000000000000000000000000000000000000000d")
// Result(true, "0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004")
// Result(true, "0x00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000002")
// Result(false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000003")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Result(false, "0x")
// Result(false, "0x")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000001")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x00000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000400000000000000000000000000000000000000000000000000000000000000060000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000002")
// Result(true, "0x0000000000000000000000000000000000000000000000000000000000000000")
// Result(false, "0x")
// Result(false, "0x")
// Result(false, "0x")
// Result(true, "0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")
