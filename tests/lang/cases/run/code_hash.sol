// EIP-1052's account hashes as real code tests them: 0 for an account that does not exist,
// keccak256 of no bytes once it holds ether, nonzero for a contract, from `a.codehash` and Yul's
// `extcodehash` alike.
pragma solidity ^0.8.20;
contract Probe {
    function ping() external pure returns (uint256) {
        return 1;
    }
}
contract CodeHash {
    event H(bytes32 v);
    event Flag(bool v);
    function hashOf(address a) internal view returns (bytes32 h) {
        assembly {
            h := extcodehash(a)
        }
    }
    function run() external payable {
        address fresh = address(0xBEEF);
        emit H(fresh.codehash);
        emit H(hashOf(fresh));
        payable(fresh).transfer(1);
        emit H(fresh.codehash);
        emit Flag(fresh.codehash == keccak256(""));
        Probe p = new Probe();
        emit Flag(address(p).codehash != 0 && address(p).codehash != keccak256(""));
        emit Flag(hashOf(address(p)) == address(p).codehash);
        emit Flag(address(this).codehash != 0);
    }
}
// ----
// success
// H("0x0000000000000000000000000000000000000000000000000000000000000000")
// H("0x0000000000000000000000000000000000000000000000000000000000000000")
// H("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
// Flag(true)
// Flag(true)
// Flag(true)
// Flag(true)
