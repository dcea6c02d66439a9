// expect: reentrancy same-function
// contract: LockedStaking
// options: defaults
pragma solidity ^0.8.20;
/// Stakes are locked for a week. Once the lock is over a staker names the address that
/// receives the unstake, and only then may unstake. The payout is sent before the stake is
/// booked, so the payee re-enters `unstake` and is paid again. The attack needs four
/// transactions: stake, wait out the lock, name the payee, unstake.
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
        (bool ok, ) = payee.call{value: amount}("");
        require(ok, "payout failed");
        staked[msg.sender] = 0;
    }
}
