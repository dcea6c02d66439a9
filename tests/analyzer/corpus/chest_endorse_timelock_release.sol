// expect: reentrancy same-function release
// options: defaults
// A payout that takes five steps to prepare (stake, request, endorse, the delay, release) among
// many actions: the explorer's guided search reaches it by how far release gets in each state.
pragma solidity ^0.8.20;
contract CommunityChest {
    struct Request {
        address payable to;
        uint128 amount;
        uint64 unlockAt;
        bool paid;
        uint256 weight;
    }
    uint256 public constant THRESHOLD = 1 ether;
    uint256 public constant DELAY = 3 days;
    mapping(address => uint256) public stakeOf;
    uint256 public staked;
    Request[] public requests;
    mapping(uint256 => mapping(address => bool)) public endorsed;

    receive() external payable {}

    function stake() external payable {
        require(msg.value > 0, "nothing");
        stakeOf[msg.sender] += msg.value;
        staked += msg.value;
    }

    function unstake(uint256 amount) external {
        stakeOf[msg.sender] -= amount;
        staked -= amount;
        payable(msg.sender).transfer(amount);
    }

    function spare() public view returns (uint256) {
        return address(this).balance - staked;
    }

    function request(address payable to, uint128 amount) external {
        require(stakeOf[msg.sender] > 0, "not a member");
        require(amount > 0 && amount <= spare(), "amount");
        requests.push(Request(to, amount, 0, false, 0));
    }

    function endorse(uint256 id) external {
        Request storage r = requests[id];
        require(stakeOf[msg.sender] > 0, "not a member");
        require(!endorsed[id][msg.sender], "twice");
        endorsed[id][msg.sender] = true;
        r.weight += stakeOf[msg.sender];
        if (r.unlockAt == 0 && r.weight >= THRESHOLD) r.unlockAt = uint64(block.timestamp + DELAY);
    }

    function release(uint256 id) external {
        Request storage r = requests[id];
        require(r.unlockAt != 0, "not endorsed");
        require(block.timestamp >= r.unlockAt, "locked");
        require(!r.paid, "paid");
        (bool ok, ) = r.to.call{value: r.amount}("");
        require(ok, "failed");
        r.paid = true;
    }
}
