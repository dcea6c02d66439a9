// expect: if-succeeds
pragma solidity ^0.8.20;
interface IClaimHook {
    function onClaimed(uint256 amount) external;
}
/// A claim adds exactly one REWARD to the total claimed.
contract OnceClaim {
    uint256 public constant REWARD = 7;
    uint256 public totalClaimed;
    mapping(address => bool) public done;
    mapping(address => uint256) public points;
    /// #if_succeeds totalClaimed == old(totalClaimed) + REWARD;
    function claim() external {
        require(!done[msg.sender], "done");
        points[msg.sender] += REWARD;
        totalClaimed += REWARD;
        IClaimHook(msg.sender).onClaimed(REWARD);
        done[msg.sender] = true;
    }
}
