// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
/// Grants funded by sponsors: a sponsor funds a grant, later names the grantee who did the
/// work (never itself), and the grantee claims it. claim pays before marking the grant paid,
/// so a grantee re-enters claim and is paid again from other sponsors' grants. The attack
/// needs an honest sponsor to name the attacker as its grantee.
contract GrantDesk {
    enum Stage { Funded, Named, Paid, Withdrawn }

    struct Grant {
        address sponsor;
        address grantee;
        uint256 amount;
        Stage stage;
    }

    Grant[] public grants;

    event Funded(uint256 indexed id, address indexed sponsor, uint256 amount);
    event Named(uint256 indexed id, address indexed grantee);

    function fund() external payable returns (uint256 id) {
        require(msg.value > 0, "no funds");
        id = grants.length;
        grants.push(Grant({sponsor: msg.sender, grantee: address(0), amount: msg.value, stage: Stage.Funded}));
        emit Funded(id, msg.sender, msg.value);
    }

    function name(uint256 id, address grantee) external {
        require(id < grants.length, "no such grant");
        Grant storage g = grants[id];
        require(g.sponsor == msg.sender, "not the sponsor");
        require(g.stage == Stage.Funded, "already named");
        require(grantee != address(0) && grantee != g.sponsor, "bad grantee");
        g.grantee = grantee;
        g.stage = Stage.Named;
        emit Named(id, grantee);
    }

    function withdrawUnnamed(uint256 id) external {
        require(id < grants.length, "no such grant");
        Grant storage g = grants[id];
        require(g.sponsor == msg.sender, "not the sponsor");
        require(g.stage == Stage.Funded, "already named");
        g.stage = Stage.Withdrawn;
        (bool ok, ) = msg.sender.call{value: g.amount}("");
        require(ok, "refund failed");
    }

    function claim(uint256 id) external {
        require(id < grants.length, "no such grant");
        Grant storage g = grants[id];
        require(g.stage == Stage.Named, "not claimable");
        require(g.grantee == msg.sender, "not the grantee");
        (bool ok, ) = msg.sender.call{value: g.amount}("");
        require(ok, "payment failed");
        g.stage = Stage.Paid;
    }
}
