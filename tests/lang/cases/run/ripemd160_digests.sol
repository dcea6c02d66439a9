// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// ripemd160 through the precompile at address 3: of nothing, of a short and a long input, of
// packed values, kept as bytes20 (left-aligned) and converted to an address and a word.
contract Digests {
    event Digest(bytes20 d);
    event AsAddress(address a);
    event AsWord(bytes32 w);

    bytes20 public stored;

    function run() public payable {
        emit Digest(ripemd160(""));
        emit Digest(ripemd160("abc"));
        emit Digest(ripemd160(bytes("a message longer than one word of thirty-two bytes, twice over")));
        stored = ripemd160(abi.encodePacked(uint256(5), bytes20(0x1234567890123456789012345678901234567890), int64(-3)));
        emit Digest(stored);
        emit AsAddress(address(ripemd160("addr")));
        emit AsWord(bytes32(ripemd160("word")));
        require(ripemd160("abc") != ripemd160("abd"));
        emit Digest(stored[0] == ripemd160(abi.encodePacked(uint256(5), bytes20(0x1234567890123456789012345678901234567890), int64(-3)))[0] ? ripemd160("x") : bytes20(0));
    }
}
// ----
// success
// Digest("0x9c1185a5c5e9fc54612808977ee8f548b2258d31")
// Digest("0x8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")
// Digest("0x08a453ad11c6ed37e60aed1de9c56f4c18f25c79")
// Digest("0xfe312e038fbe2921d9b8d97e7320b059555eb848")
// AsAddress("0xd9f5e0525bc7f8a79b7d476bc50934639b777107")
// AsWord("0x02777c99669a800cc1e43f8cb060dbb7adf9301f000000000000000000000000")
// Digest("0x11ff33c6fb942655efb3e30cf4c0fd95f5ef483a")
