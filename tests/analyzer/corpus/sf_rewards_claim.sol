// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Stakers earn a tenth of their stake as a reward; the reward is paid before it is zeroed.
contract RewardPool {
    mapping(address => uint256) public stake;
    mapping(address => uint256) public reward;
    function stakeEther() external payable {
        stake[msg.sender] += msg.value;
        reward[msg.sender] += msg.value / 10;
    }
    function claimReward() external {
        uint256 r = reward[msg.sender];
        require(r > 0, "no reward");
        (bool ok, ) = payable(msg.sender).call{value: r}("");
        require(ok, "send failed");
        reward[msg.sender] = 0;
    }
}
