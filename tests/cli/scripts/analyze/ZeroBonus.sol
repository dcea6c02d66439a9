pragma solidity ^0.8.20;
/// A staking bonus whose rate is set at deployment. claimBonus pays the bonus before it marks
/// it claimed, so a staker may re-enter it, but at a rate of zero every bonus it pays is
/// nothing: re-entering changes nothing, and the search never saw a payout worth taking.
contract ZeroBonus {
    uint256 public immutable bonusBps;
    mapping(address => uint256) public stakeOf;
    mapping(address => bool) public claimed;

    constructor(uint256 bonusBps_) {
        require(bonusBps_ <= 10_000, "bps");
        bonusBps = bonusBps_;
    }

    function stake() external payable {
        require(msg.value > 0 && stakeOf[msg.sender] == 0, "stake");
        stakeOf[msg.sender] = msg.value;
    }

    function claimBonus() external {
        require(stakeOf[msg.sender] > 0 && !claimed[msg.sender], "nothing to claim");
        uint256 bonus = (stakeOf[msg.sender] * bonusBps) / 10_000;
        (bool ok, ) = msg.sender.call{value: bonus}("");
        require(ok, "bonus");
        claimed[msg.sender] = true;
    }
}
