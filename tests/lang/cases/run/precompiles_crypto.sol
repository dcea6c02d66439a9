// The cryptographic precompiles: ecrecover (0x01, an upper-half s is accepted, v other than
// 27/28 or r = 0 gives empty output; Solidity's ecrecover() reads empty output as address(0)), modexp (0x05), BN254
// addition and scalar multiplication (0x06, 0x07; a point off the curve fails the call) and
// BLAKE2b F (0x09; a wrong input length or final flag fails the call). Compared with the EVM.
pragma solidity ^0.8.20;

contract CryptoPrecompiles {
    event Data(bool ok, bytes d);
    event Signer(address a);

    bytes32 constant digest = 0x5690dfe9d035fd2dbc889e33a2736f092597cbee6360e9c43cdcea1404eb9cc4;
    bytes32 constant r = 0x1a060e48464dd94203cf5d5496d605e889d0df3f1627ce3111517d1275db26d3;
    bytes32 constant s = 0x6172e5c341f29d35dd2d5eeb77c08ff993666075b1d5d91de3f28dd728e101a3;
    bytes32 constant sHigh = 0x9e8d1a3cbe0d62ca22d2a114883f700527487c70fd72c71ddbdfd0b5a7553f9e;

    function raw(address target, bytes memory input) internal {
        (bool ok, bytes memory ret) = target.staticcall{gas: 100000}(input);
        emit Data(ok, ret);
    }

    function run() external payable {
        signatures();
        modexp();
        curve();
        blake();
        builtin();
    }

    function signatures() internal {
        raw(address(1), abi.encode(digest, uint256(28), r, s));
        raw(address(1), abi.encode(digest, uint256(27), r, sHigh));
        raw(address(1), abi.encode(digest, uint256(27), r, s));
        raw(address(1), abi.encode(digest, uint256(29), r, s));
        raw(address(1), abi.encode(digest, uint256(28), bytes32(0), s));
        raw(address(1), abi.encode(digest, uint256(28), r, s));
        raw(address(1), abi.encode(digest, uint256(28) + (1 << 200), r, s));
        raw(address(1), hex"01");
    }

    function builtin() internal {
        emit Signer(ecrecover(digest, 28, r, s));
        emit Signer(ecrecover(digest, 27, r, sHigh));
        emit Signer(ecrecover(digest, 29, r, s));
        emit Signer(ecrecover(digest, 28, bytes32(0), s));
    }

    function modexp() internal {
        raw(address(5), abi.encodePacked(uint256(1), uint256(1), uint256(1), uint8(3), uint8(5), uint8(7)));
        raw(address(5), abi.encodePacked(uint256(32), uint256(32), uint256(32), uint256(7), uint256(2**255), uint256(2**255 - 19)));
        raw(address(5), abi.encodePacked(uint256(0), uint256(0), uint256(3)));
        raw(address(5), abi.encodePacked(uint256(1), uint256(0), uint256(2), uint8(9)));
        raw(address(5), abi.encodePacked(uint256(2), uint256(1), uint256(0), uint16(300), uint8(4)));
        raw(address(5), abi.encodePacked(uint256(1), uint256(40), uint256(2), uint8(3)));
        raw(address(5), abi.encodePacked(uint256(0), uint256(0), uint256(1) << 250));
    }

    function curve() internal {
        raw(address(6), abi.encode(uint256(1), uint256(2), uint256(1), uint256(2)));
        raw(address(6), abi.encode(uint256(1), uint256(2), uint256(0), uint256(0)));
        raw(address(6), abi.encode(uint256(1), uint256(3)));
        raw(address(6), "");
        raw(address(7), abi.encode(uint256(1), uint256(2), uint256(3)));
        raw(address(7), abi.encode(uint256(1), uint256(2), type(uint256).max));
        raw(address(7), abi.encode(uint256(1), uint256(2), uint256(0)));
        raw(address(7), abi.encode(uint256(2), uint256(2), uint256(5)));
    }

    function blake() internal {
        bytes memory input = hex"0000000c48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b61626300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000300000000000000000000000000000001";
        raw(address(9), input);
        input[212] = 0x00;
        raw(address(9), input);
        input[212] = 0x02;
        raw(address(9), input);
        raw(address(9), hex"0000000c00");
    }
}
// ----
// success
// Data(true, "0x000000000000000000000000050573b13591aec70aebd9eccd4257e24d2f6ef5")
// Data(true, "0x000000000000000000000000050573b13591aec70aebd9eccd4257e24d2f6ef5")
// Data(true, "0x000000000000000000000000f8d06ff0c401e92f34b016e6ce3c3388ee90926d")
// Data(true, "0x")
// Data(true, "0x")
// Data(true, "0x000000000000000000000000050573b13591aec70aebd9eccd4257e24d2f6ef5")
// Data(true, "0x")
// Data(true, "0x")
// Data(true, "0x05")
// Data(true, "0x000000000000000000000000000000000000000000000000011b7aa4b87e16e1")
// Data(true, "0x000000")
// Data(true, "0x0000")
// Data(true, "0x")
// Data(true, "0x0000")
// Data(false, "0x")
// Data(true, "0x030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4")
// Data(true, "0x00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002")
// Data(false, "0x")
// Data(true, "0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")
// Data(true, "0x0769bf9ac56bea3ff40232bcb1b6bd159315d84715b8e679f2d355961915abf02ab799bee0489429554fdb7c8d086475319e63b40b9c5b57cdf1ff3dd9fe2261")
// Data(true, "0x2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97")
// Data(true, "0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")
// Data(false, "0x")
// Data(true, "0xba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
// Data(true, "0x75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735")
// Data(false, "0x")
// Data(false, "0x")
// Signer("0x050573b13591aec70aebd9eccd4257e24d2f6ef5")
// Signer("0x050573b13591aec70aebd9eccd4257e24d2f6ef5")
// Signer("0x0000000000000000000000000000000000000000")
// Signer("0x0000000000000000000000000000000000000000")
