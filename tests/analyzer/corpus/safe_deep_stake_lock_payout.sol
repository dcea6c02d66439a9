// expect: safe
// contract: LockedStaking
// options: defaults
pragma solidity ^0.8.20;
/// The look-alike of deep_stake_lock_payout: the stake is booked before the payout.
contract LockedStaking {
    uint256 public constant LOCK = 7 days;
    mapping(address => uint256) public staked;
    mapping(address => uint256) public since;
    mapping(address => address) public payeeOf;

    function stake() external payable {
        require(msg.value > 0, "nothing to stake");
        staked[msg.sender] += msg.value;
        since[msg.sender] = block.timestamp;
    }

    function setPayee(address payee) external {
        require(staked[msg.sender] > 0, "no stake");
        require(block.timestamp >= since[msg.sender] + LOCK, "locked");
        payeeOf[msg.sender] = payee;
    }

    function unstake() external {
        address payee = payeeOf[msg.sender];
        require(payee != address(0), "no payee");
        uint256 amount = staked[msg.sender];
        require(amount > 0, "nothing staked");
        staked[msg.sender] = 0;
        (bool ok, ) = payee.call{value: amount}("");
        require(ok, "payout failed");
    }
}
