// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// forge-std's StdUtils: bounding fuzz inputs and computing the addresses CREATE and CREATE2
/// give, with forge-std's signatures and results.
abstract contract StdUtils {
    // bound: forge-std's algorithm, so that bounded fuzz inputs agree with forge.
    uint256 private constant UINT256_MAX = type(uint256).max;
    uint256 private constant INT256_MIN_ABS = 2 ** 255;

    /// `x` wrapped into [min, max]: unchanged inside, 0..3 and max-3..max mapped to the range's
    /// ends (so edge inputs reach the bounds), anything else wrapped modulo the range's size.
    function _bound(uint256 x, uint256 min, uint256 max) internal pure virtual returns (uint256 result) {
        require(min <= max, "StdUtils bound(uint256,uint256,uint256): Max is less than min.");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (x <= 3 && size > x) return min + x;
        if (x >= UINT256_MAX - 3 && size > UINT256_MAX - x) return max - (UINT256_MAX - x);
        if (x > max) {
            uint256 diff = x - max;
            uint256 rem = diff % size;
            if (rem == 0) return max;
            result = min + rem - 1;
        } else if (x < min) {
            uint256 diff = min - x;
            uint256 rem = diff % size;
            if (rem == 0) return min;
            result = max - rem + 1;
        }
    }

    function bound(uint256 x, uint256 min, uint256 max) internal pure virtual returns (uint256 result) {
        // forge-std also logs "Bound result"; from a pure function that needs a cast of a
        // function pointer, outside Mallory's subset, so the value is not logged here.
        result = _bound(x, min, max);
    }

    /// The int256 form: shifted by 2^255 onto uint256, bounded there, shifted back.
    function _bound(int256 x, int256 min, int256 max) internal pure virtual returns (int256 result) {
        require(min <= max, "StdUtils bound(int256,int256,int256): Max is less than min.");
        uint256 _x = x < 0 ? (INT256_MIN_ABS - ~uint256(x) - 1) : (uint256(x) + INT256_MIN_ABS);
        uint256 _min = min < 0 ? (INT256_MIN_ABS - ~uint256(min) - 1) : (uint256(min) + INT256_MIN_ABS);
        uint256 _max = max < 0 ? (INT256_MIN_ABS - ~uint256(max) - 1) : (uint256(max) + INT256_MIN_ABS);
        uint256 y = _bound(_x, _min, _max);
        result = y < INT256_MIN_ABS ? int256(~(INT256_MIN_ABS - y) + 1) : int256(y - INT256_MIN_ABS);
    }

    function bound(int256 x, int256 min, int256 max) internal pure virtual returns (int256 result) {
        // forge-std also logs "Bound result"; from a pure function that needs a cast of a
        // function pointer, outside Mallory's subset, so the value is not logged here.
        result = _bound(x, min, max);
    }


    /// A fuzzed number bounded to a valid secp256k1 private key, [1, order - 1].
    function boundPrivateKey(uint256 privateKey) internal pure virtual returns (uint256 result) {
        result = _bound(privateKey, 1, SECP256K1_ORDER - 1);
    }

    uint256 private constant SECP256K1_ORDER =
        115792089237316195423570985008687907852837564279074904382605163141518161494337;

    /// Up to 32 bytes read as a big-endian number, as forge-std's bytesToUint.
    function bytesToUint(bytes memory b) internal pure virtual returns (uint256) {
        require(b.length <= 32, "StdUtils bytesToUint(bytes): Bytes length exceeds 32.");
        return abi.decode(abi.encodePacked(new bytes(32 - b.length), b), (uint256));
    }

    /// The address `deployer` creates with CREATE at `nonce`: the last 20 bytes of
    /// keccak256(rlp([deployer, nonce])), as forge-std's StdUtils computes it.
    function computeCreateAddress(address deployer, uint256 nonce) internal pure virtual returns (address) {
        require(nonce < type(uint64).max, "nonce must be less than 2^64 - 1");
        bytes memory rlp;
        if (nonce == 0) rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, bytes1(0x80));
        else if (nonce <= 0x7f) rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, uint8(nonce));
        else {
            // The nonce's big-endian bytes without leading zeros, after 0x80 + their count.
            uint256 width = 1;
            while (width < 8 && nonce >> (8 * width) != 0) width++;
            bytes memory digits = new bytes(width);
            for (uint256 i = 0; i < width; i++) digits[width - 1 - i] = bytes1(uint8(nonce >> (8 * i)));
            rlp = abi.encodePacked(bytes1(uint8(0xd6 + width)), bytes1(0x94), deployer, bytes1(uint8(0x80 + width)), digits);
        }
        return address(uint160(uint256(keccak256(rlp))));
    }

    /// forge's CREATE2 factory, the deployer computeCreate2Address assumes when none is named
    /// (CommonBase's CREATE2_FACTORY).
    address private constant CREATE2_FACTORY = 0x4e59b44847b379578588920cA78FbF26c0B4956C;

    /// The address CREATE2 gives code whose init code hashes to `initcodeHash`, deployed by
    /// `deployer` with `salt` (EIP-1014), as forge-std's StdUtils computes it.
    function computeCreate2Address(bytes32 salt, bytes32 initcodeHash, address deployer)
        internal
        pure
        virtual
        returns (address)
    {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), deployer, salt, initcodeHash)))));
    }

    function computeCreate2Address(bytes32 salt, bytes32 initCodeHash) internal pure returns (address) {
        return computeCreate2Address(salt, initCodeHash, CREATE2_FACTORY);
    }


    /// The hash of init code, as computeCreate2Address takes it.
    function hashInitCode(bytes memory creationCode) internal pure returns (bytes32) {
        return hashInitCode(creationCode, "");
    }

    /// The hash of init code followed by its ABI-encoded constructor arguments.
    function hashInitCode(bytes memory creationCode, bytes memory args) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(creationCode, args));
    }

    /// The address in the last 20 bytes of a word, as forge-std's addressFromLast20Bytes.
    function addressFromLast20Bytes(bytes32 bytesValue) internal pure virtual returns (address) {
        return address(uint160(uint256(bytesValue)));
    }
}
