// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A crowd fund in the Solidity-by-Example shape, in ether: a campaign gets a goal and a
/// duration that narrows the clock to uint32, pledges open until its end, and `refund` pays a
/// pledge back before zeroing it. The theft needs five steps: launch with a goal nobody
/// reaches, an honest pledge, the adversary's pledge, the clock past the end, then a refund
/// re-entered from its own payment.

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
        (bool ok, ) = msg.sender.call{value: bal}("");
        require(ok, "send failed");
        c.pledged -= bal;
        pledgedAmount[id][msg.sender] = 0;
    }
}
