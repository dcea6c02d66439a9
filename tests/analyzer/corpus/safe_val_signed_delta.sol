// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The positions of val_signed_delta.sol updated before the payout of a shrink
/// (checks-effects-interactions).
contract Positions {
    mapping(address => int256) public position;

    function adjust(int256 delta) external payable {
        if (delta > 0) {
            require(msg.value == uint256(delta), "pay the delta");
            position[msg.sender] += delta;
        } else {
            require(msg.value == 0, "no ether to shrink");
            uint256 out = uint256(-delta);
            require(int256(out) <= position[msg.sender], "too much");
            position[msg.sender] += delta;
            (bool ok, ) = msg.sender.call{value: out}("");
            require(ok, "pay");
        }
    }
}
