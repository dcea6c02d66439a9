// abi.decode from memory returns copies, as solc decodes: writing to a decoded array, string,
// struct or fixed array leaves the encoded buffer as it was (its hash is unchanged).
pragma solidity ^0.8.20;

contract C {
    struct Pair { uint256 a; uint256 b; }
    struct WithList { uint256 a; uint256[] b; }
    event Hashes(bytes32 list, bytes32 text, bytes32 nested, bytes32 pair, bytes32 fixedOnes);
    event Values(uint256 y0, string s, uint256 db1, uint256 pb, uint256 f2, uint256 n);

    function run() external payable {
        uint256[] memory x = new uint256[](2);
        x[0] = 7;
        x[1] = 8;
        bytes memory list = abi.encode(x);
        uint256[] memory y = abi.decode(list, (uint256[]));
        y[0] = 99;

        bytes memory text = abi.encode("hello", uint8(3));
        (string memory s, uint8 n) = abi.decode(text, (string, uint8));
        bytes(s)[0] = "J";

        bytes memory nested = abi.encode(WithList(1, x));
        WithList memory d = abi.decode(nested, (WithList));
        d.b[1] = 42;

        bytes memory pair = abi.encode(Pair(5, 6));
        Pair memory p = abi.decode(pair, (Pair));
        p.b = 60;

        uint256[3] memory f = [uint256(1), 2, 3];
        bytes memory fixedOnes = abi.encode(f, "tail");
        (uint256[3] memory g, ) = abi.decode(fixedOnes, (uint256[3], string));
        g[2] = 30;

        emit Hashes(keccak256(list), keccak256(text), keccak256(nested), keccak256(pair),
                    keccak256(fixedOnes));
        emit Values(y[0], s, d.b[1], p.b, g[2], n);
    }
}
// ----
// success
// Hashes("0x50e170f50caaceed1cd2694912324e48b6a148ad84112da452b9db11afd030d5", "0x6dc3752a81bd2b2e44e237eb4c39dd3f43dc0fc677c8a7cc9eb5afdff2521b2f", "0xf89bacd4908eb59209067b8c66168ff7b61f8a6ac1c5519dc2446e76f1288124", "0xbfd358e93f18da3ed276c3afdbdba00b8f0b6008a03476a6a86bd6320ee6938b", "0x090059457837e1d9ee4cfdeb60bf6d4aceb6f8d418f22afc46611ee630aecfed")
// Values("99", "Jello", "42", "60", "30", "3")
