// expect: safe
pragma solidity ^0.8.20;
// A sponsor pool pays members of a campaign a reward each. The owner creates a campaign with
// its member list; each member claims once, and the claim marks the member paid before it
// pays (checks-effects-interactions), so a member's contract that re-enters finds itself
// paid. Being named in a campaign is what any user gets: the adversary's wallet is among them.
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
        paid[id][msg.sender] = true;
        (bool ok, ) = msg.sender.call{value: c.reward}("");
        require(ok, "payment");
    }

    function close(uint256 id) external {
        require(msg.sender == owner, "owner only");
        campaigns[id].open = false;
    }
}
