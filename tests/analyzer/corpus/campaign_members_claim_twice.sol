// expect: reentrancy same-function
pragma solidity ^0.8.20;
// A sponsor pool pays members of a campaign a reward each. The owner creates a campaign with
// its member list; each member claims once, and the claim pays before it marks the member
// paid, so a member's contract re-enters the claim from the payment. Being named in a
// campaign is what any user gets: the adversary's wallet is among the members.
contract SponsorCampaigns {
    struct Campaign {
        uint256 reward;
        bool open;
    }

    address public owner;
    uint256 public campaignCount;
    mapping(uint256 => Campaign) public campaigns;
    mapping(uint256 => mapping(address => bool)) public member;
    mapping(uint256 => mapping(address => bool)) public paid;

    constructor() {
        owner = msg.sender;
    }

    function fund() external payable {}

    function create(uint256 reward, address[] calldata members) external returns (uint256 id) {
        require(msg.sender == owner, "owner only");
        id = ++campaignCount;
        campaigns[id] = Campaign(reward, true);
        for (uint256 i = 0; i < members.length; i++) member[id][members[i]] = true;
    }

    function claim(uint256 id) external {
        Campaign storage c = campaigns[id];
        require(c.open, "closed");
        require(member[id][msg.sender], "not a member");
        require(!paid[id][msg.sender], "paid");
        (bool ok, ) = msg.sender.call{value: c.reward}("");
        require(ok, "payment");
        paid[id][msg.sender] = true;
    }

    function close(uint256 id) external {
        require(msg.sender == owner, "owner only");
        campaigns[id].open = false;
    }
}
