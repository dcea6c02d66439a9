// expect: reentrancy same-function
pragma solidity ^0.8.20;

/// Positions grown or shrunk by a signed delta: growing must pay exactly the delta
/// (`msg.value == uint256(delta)`), shrinking takes no ether and pays out before the position
/// is updated, so a re-entrant shrink is paid again. Needs signed amounts of ether, and the
/// payable function called without ether.
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
            (bool ok, ) = msg.sender.call{value: out}("");
            require(ok, "pay");
            position[msg.sender] += delta;
        }
    }
}
