// Assigning one storage array to another of a different length or kind copies it, as solc
// does for a storage reference target: into a longer fixed array (the rest cleared), into a
// dynamic array (which takes the source's length, its old extra elements cleared), with the
// elements widened (`uint8` into `uint256`), packed elements (`uint64[3]` into `uint64[]`),
// fixed-size byte arrays, and arrays of arrays of one shape. A storage pointer, in contrast,
// must keep its exact type (checked in cases/check).
pragma solidity ^0.8.20;

contract Resize {
    event Word(uint256 v);
    event Hash(bytes32 h);

    uint256[4] big;
    uint256[2] small;
    uint256[] dyn;
    uint8[3] narrow;
    uint64[3] packed;
    uint64[] packedDyn;
    bytes32[3] hashes;
    bytes32[] hashList;
    uint256[2][3] grid;
    uint256[2][] rows;

    function dump(uint256[] storage xs) internal {
        emit Word(xs.length);
        for (uint256 i = 0; i < xs.length; i++) emit Word(xs[i]);
    }

    function run() external payable {
        big = [uint256(1), 2, 3, 4];
        small = [uint256(8), 9];
        big = small;
        for (uint256 i = 0; i < 4; i++) emit Word(big[i]);

        dyn = [uint256(5), 6, 7, 8, 9];
        dyn = big;
        dump(dyn);
        dyn = small;
        dump(dyn);

        narrow = [1, 2, 255];
        dyn = narrow;
        dump(dyn);

        packed = [uint64(11), 12, type(uint64).max];
        packedDyn.push(99);
        packedDyn = packed;
        emit Word(packedDyn.length);
        emit Word(packedDyn[2]);

        hashes[2] = "z";
        hashList = hashes;
        emit Word(hashList.length);
        emit Hash(hashList[2]);

        grid[1] = [uint256(3), 4];
        rows = grid;
        emit Word(rows.length);
        emit Word(rows[1][1]);
        emit Word(rows[2][0]);
    }
}
// ----
// success
// Word("8")
// Word("9")
// Word("0")
// Word("0")
// Word("4")
// Word("8")
// Word("9")
// Word("0")
// Word("0")
// Word("2")
// Word("8")
// Word("9")
// Word("3")
// Word("1")
// Word("2")
// Word("255")
// Word("3")
// Word("18446744073709551615")
// Word("3")
// Hash("0x7a00000000000000000000000000000000000000000000000000000000000000")
// Word("3")
// Word("4")
// Word("0")
