// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A conversion of a storage reference stays in storage, as in solc: `bytes(s)` of a storage
// string is a pointer to the same data, so writes through it change the string (copying it to
// memory does not), and `uint256[](more)` assigned to a storage pointer points it at `more`.
contract StorageConversionsKeepStorage {
    string s;
    uint256[] data;
    uint256[] more;
    mapping(uint256 => string) names;
    event S(string);
    event B(bytes);
    event U(uint256);
    event H(bytes32);

    function firstByte(bytes memory b) internal pure returns (bytes1) {
        return b[0];
    }

    function run() public payable {
        s = "abc";
        bytes(s)[1] = "X";
        emit S(s);
        bytes(s).push("d");
        emit S(s);
        bytes(s).pop();
        emit U(bytes(s).length);

        bytes memory copy = bytes(s);
        copy[0] = "Z";
        emit S(s);
        emit B(copy);

        bytes storage ref = bytes(s);
        ref[2] = "Q";
        emit S(s);

        names[7] = "def";
        delete bytes(names[7])[0];
        bytes(names[7])[2] = "G";
        emit S(names[7]);

        // Past one slot: a long string's bytes live in their own area.
        s = "0123456789012345678901234567890123456789";
        bytes(s)[35] = "#";
        bytes(s).push("!");
        emit S(s);
        emit H(keccak256(bytes(s)));
        emit B(abi.encodePacked(firstByte(bytes(s))));
        emit S(string(bytes(s)));

        uint256[] storage p = data;
        p = uint256[](more);
        p.push(5);
        emit U(more.length);
        emit U(data.length);
    }
}
// ----
// success
// S("aXc")
// S("aXcd")
// U("3")
// S("aXc")
// B("0x5a5863")
// S("aXQ")
// S("\u0000eG")
// S("01234567890123456789012345678901234#6789!")
// H("0x37e0e3b96ffede76d727c378b984b9ce31c455c4ad7bcfcaeffba1b8ae43fc06")
// B("0x30")
// S("01234567890123456789012345678901234#6789!")
// U("1")
// U("0")
