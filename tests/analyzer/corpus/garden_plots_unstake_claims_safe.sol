// expect: safe
// options: defaults
// A community garden: the garden creates its plot deeds (a minimal ERC-721 with a receiver hook)
// and its harvest token (an ERC-20 only the garden mints). A member who lends its deed to the
// garden earns harvest by the day; leaving hands the deed back through the receiver hook before
// the lease is deleted and the harvest paid. The safe twin of garden_plots_unstake_claims: the
// lease is deleted before the deed goes back, so a claim from the hook finds no lease. Both the deeds and the harvest token are deployable on their
// own; the system is the garden that creates them, not a second token nobody uses.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IDeedReceiver {
    function onERC721Received(address operator, address from, uint256 id, bytes calldata data)
        external
        returns (bytes4);
}

contract Deeds {
    uint256 public issued;
    mapping(uint256 => address) public ownerOf;
    mapping(uint256 => address) public getApproved;

    function claimPlot() external returns (uint256 id) {
        id = ++issued;
        ownerOf[id] = msg.sender;
    }

    function approve(address to, uint256 id) external {
        require(ownerOf[id] == msg.sender, "not owner");
        getApproved[id] = to;
    }

    function transferFrom(address from, address to, uint256 id) public {
        require(ownerOf[id] == from, "wrong owner");
        require(msg.sender == from || getApproved[id] == msg.sender, "not allowed");
        getApproved[id] = address(0);
        ownerOf[id] = to;
    }

    function safeTransferFrom(address from, address to, uint256 id) external {
        transferFrom(from, to, id);
        if (to.code.length > 0)
            require(
                IDeedReceiver(to).onERC721Received(msg.sender, from, id, "") ==
                    IDeedReceiver.onERC721Received.selector,
                "rejected"
            );
    }
}

contract Harvest {
    address public immutable garden;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor() {
        garden = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == garden, "only the garden");
        totalSupply += amount;
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

contract CommunityGarden {
    struct Lease {
        address member;
        uint256 since;
    }

    uint256 public constant HARVEST_PER_DAY = 5e18;
    Deeds public immutable deeds;
    Harvest public immutable harvest;
    mapping(uint256 => Lease) public leases;

    constructor() {
        deeds = new Deeds();
        harvest = new Harvest();
    }

    function owed(uint256 id) public view returns (uint256) {
        Lease storage l = leases[id];
        if (l.member == address(0)) return 0;
        return ((block.timestamp - l.since) * HARVEST_PER_DAY) / 1 days;
    }

    function join(uint256 id) external {
        deeds.transferFrom(msg.sender, address(this), id);
        leases[id] = Lease(msg.sender, block.timestamp);
    }

    function collect(uint256 id) external {
        require(leases[id].member == msg.sender, "not yours");
        uint256 amount = owed(id);
        leases[id].since = block.timestamp;
        harvest.mint(msg.sender, amount);
    }

    function leave(uint256 id) external {
        require(leases[id].member == msg.sender, "not yours");
        uint256 amount = owed(id);
        delete leases[id];
        deeds.safeTransferFrom(address(this), msg.sender, id);
        harvest.mint(msg.sender, amount);
    }
}
