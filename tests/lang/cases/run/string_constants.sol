// string and bytes constants, at file level and in a contract: each use is a fresh memory copy
// (writing to one leaves the constant as it was), public ones have getters, and hashes of them
// are constants too, as ERC-20 names and EIP-712 type strings are written.
pragma solidity ^0.8.20;

string constant GREETING = "hello";
bytes constant MAGIC = hex"deadbeef";

contract C {
    string public constant name = "Nu Token";
    bytes constant PREFIX = "\x19Ethereum Signed Message:\n32";
    bytes32 constant NAME_HASH = keccak256(bytes(name));
    string constant ENCODED = string(abi.encodePacked("a", "b"));
    event Values(bool hashed, uint256 nameLength, uint256 prefixLength, bytes1 magic1, string greeting,
                 string changed, string encoded);

    function run() external payable {
        bytes memory b = bytes(GREETING);
        b[0] = "j";
        emit Values(keccak256(abi.encodePacked(name)) == NAME_HASH, bytes(name).length,
                    PREFIX.length, MAGIC[1], string.concat(GREETING, " ", name),
                    string(abi.encodePacked(GREETING, b)), ENCODED);
    }
}
// ----
// success
// Values(true, "8", "28", "0xad", "hello Nu Token", "hellojello", "ab")
