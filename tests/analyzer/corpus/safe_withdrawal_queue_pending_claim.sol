// expect: safe
// options: defaults
// contract: StakingPool
// The withdrawal queue of withdrawal_queue_pending_claim with `claimWithdrawal` in
// checks-effects-interactions order: the request is marked claimed and the lock released
// before the payment, so a re-entered claim finds no request. Honest users with pending
// requests at set-up must not make it look vulnerable.
pragma solidity ^0.8.20;

contract StakingPool {
    struct Request {
        uint256 amount;
        uint256 readyAt;
        bool claimed;
    }

    uint256 public constant COOLDOWN = 3 days;
    mapping(address => uint256) public staked;
    mapping(address => Request) public requests;
    uint256 public totalStaked;
    uint256 public lockedForWithdrawals;

    function stake() external payable {
        require(msg.value > 0, "nothing staked");
        staked[msg.sender] += msg.value;
        totalStaked += msg.value;
    }

    function requestWithdrawal(uint256 amount) external {
        require(amount > 0 && staked[msg.sender] >= amount, "not staked");
        require(requests[msg.sender].amount == 0, "request pending");
        staked[msg.sender] -= amount;
        totalStaked -= amount;
        requests[msg.sender] = Request(amount, block.timestamp + COOLDOWN, false);
        lockedForWithdrawals += amount;
    }

    function claimWithdrawal() external {
        Request storage r = requests[msg.sender];
        require(r.amount > 0 && !r.claimed, "no request");
        require(block.timestamp >= r.readyAt, "cooling down");
        uint256 amount = r.amount;
        r.claimed = true;
        lockedForWithdrawals -= amount;
        r.amount = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }
}
