// expect: safe
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of deep_crowd_fund_refund: the refund zeroes the pledge before it pays.

contract CrowdFund {
    struct Campaign {
        address creator;
        uint256 goal;
        uint256 pledged;
        uint32 startAt;
        uint32 endAt;
        bool claimed;
    }

    uint256 public count;
    mapping(uint256 => Campaign) public campaigns;
    mapping(uint256 => mapping(address => uint256)) public pledgedAmount;

    function launch(uint256 goal, uint32 duration) external {
        require(duration > 0 && duration <= 90 days, "duration");
        count += 1;
        campaigns[count] = Campaign({
            creator: msg.sender,
            goal: goal,
            pledged: 0,
            startAt: uint32(block.timestamp),
            endAt: uint32(block.timestamp) + duration,
            claimed: false
        });
    }

    function pledge(uint256 id) external payable {
        Campaign storage c = campaigns[id];
        require(c.creator != address(0), "no campaign");
        require(block.timestamp <= c.endAt, "ended");
        c.pledged += msg.value;
        pledgedAmount[id][msg.sender] += msg.value;
    }

    function claim(uint256 id) external {
        Campaign storage c = campaigns[id];
        require(c.creator == msg.sender, "not creator");
        require(block.timestamp > c.endAt, "not ended");
        require(c.pledged >= c.goal, "pledged < goal");
        require(!c.claimed, "claimed");
        c.claimed = true;
        (bool ok, ) = c.creator.call{value: c.pledged}("");
        require(ok, "send failed");
    }

    function refund(uint256 id) external {
        Campaign storage c = campaigns[id];
        require(block.timestamp > c.endAt, "not ended");
        require(c.pledged < c.goal, "pledged >= goal");
        uint256 bal = pledgedAmount[id][msg.sender];
        require(bal > 0, "nothing");
        c.pledged -= bal;
        pledgedAmount[id][msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: bal}("");
        require(ok, "send failed");
    }
}
