// expect: self-harm
// options: defaults
// Campaign pledges kept per campaign and backer: withdrawing a pledge is guarded and pays
// before it zeroes the pledge, pledging is open. Re-entering pledge from the withdrawal only
// loses the adversary the re-pledged ether (zeroed after the call): no probe with an amount
// cashes the lost entry in, but one naming its campaign (withdrawPledge(1)) does.
pragma solidity ^0.8.20;
contract Fund {
    struct Campaign { address creator; uint128 goal; uint128 pledged; uint64 deadline; }
    uint256 public count;
    mapping(uint256 => Campaign) public campaigns;
    mapping(uint256 => mapping(address => uint256)) public pledgeOf;
    bool private locked;
    modifier nonReentrant() { require(!locked); locked = true; _; locked = false; }
    function create(uint128 goal, uint64 duration) external returns (uint256 id) {
        require(goal > 0 && duration > 0);
        id = ++count;
        campaigns[id] = Campaign(msg.sender, goal, 0, uint64(block.timestamp) + duration);
    }
    function pledge(uint256 id) external payable {
        Campaign storage c = campaigns[id];
        require(c.creator != address(0) && block.timestamp < c.deadline && msg.value > 0);
        c.pledged += uint128(msg.value);
        pledgeOf[id][msg.sender] += msg.value;
    }
    function withdrawPledge(uint256 id) external nonReentrant {
        uint256 amount = pledgeOf[id][msg.sender];
        require(amount > 0);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        pledgeOf[id][msg.sender] = 0;
        campaigns[id].pledged -= uint128(amount);
    }
}
