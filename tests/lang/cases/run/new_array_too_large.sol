// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// `new bytes(n)` and `new T[](n)` panic (0x41) only for a length beyond 64 bits, as solc does;
// a shorter length too large for the gas runs out of it (an empty revert) while the memory is
// cleared.
contract T {
    event X(uint256 n, bool ok, bytes err);

    function bytesOf(uint256 n) external pure returns (uint256) {
        return new bytes(n).length;
    }

    function wordsOf(uint256 n) external pure returns (uint256) {
        return new uint256[](n).length;
    }

    function run() public payable {
        uint256[5] memory ns = [uint256(100), 2 ** 32, 2 ** 64 - 1, 2 ** 64, type(uint256).max];
        for (uint256 i = 0; i < ns.length; i++) {
            try this.bytesOf{gas: 1_000_000}(ns[i]) returns (uint256 r) {
                emit X(r, true, "");
            } catch (bytes memory e) {
                emit X(ns[i], false, e);
            }
            try this.wordsOf{gas: 1_000_000}(ns[i]) returns (uint256 r) {
                emit X(r, true, "");
            } catch (bytes memory e) {
                emit X(ns[i], false, e);
            }
        }
    }
}
// ----
// success
// X("100", true, "0x")
// X("100", true, "0x")
// X("4294967296", false, "0x")
// X("4294967296", false, "0x")
// X("18446744073709551615", false, "0x")
// X("18446744073709551615", false, "0x")
// X("18446744073709551616", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000041")
// X("18446744073709551616", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000041")
// X("115792089237316195423570985008687907853269984665640564039457584007913129639935", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000041")
// X("115792089237316195423570985008687907853269984665640564039457584007913129639935", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000041")
