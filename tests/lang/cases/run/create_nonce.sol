// A CREATE whose constructor reverts still uses up the creator's nonce (the nonce is bumped
// before the init code runs), so the next `new` lands at the following address.
pragma solidity ^0.8.20;

contract Reverts {
    constructor(uint256) {
        revert("test message.");
    }
}

contract Succeeds {
    constructor(uint256) {}
}

contract CreateNonce {
    /// The creator nonce that gives address `a` (addresses differ between chains; nonces not).
    function nonce_of(address a) internal view returns (uint256) {
        for (uint256 n = 1; n < 0x80; ++n) {
            bytes32 h = keccak256(abi.encodePacked(bytes1(0xd6), bytes1(0x94), address(this), uint8(n)));
            if (address(uint160(uint256(h))) == a) return n;
        }
        return 0;
    }

    event Created(uint256 nonce);
    event Failed(string why);

    function run() external payable {
        emit Created(nonce_of(address(new Succeeds(1))));
        try new Reverts(2) returns (Reverts r) {
            emit Created(nonce_of(address(r)));
        } catch Error(string memory why) {
            emit Failed(why);
        }
        emit Created(nonce_of(address(new Succeeds(3))));
        try new Reverts(4) returns (Reverts r) {
            emit Created(nonce_of(address(r)));
        } catch {
            emit Failed("bare");
        }
        emit Created(nonce_of(address(new Succeeds(5))));
    }
}
// ----
// success
// Created("1")
// Failed("test message.")
// Created("3")
// Failed("bare")
// Created("5")
