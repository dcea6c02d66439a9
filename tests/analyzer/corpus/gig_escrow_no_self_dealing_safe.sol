// expect: safe
// options: defaults
// The gig escrow with a withdrawal that books the amount as paid before paying it
// (checks-effects-interactions): a re-entered withdrawal finds nothing earned.
pragma solidity ^0.8.20;

contract GigEscrow {
    struct Gig {
        address client;
        address worker;
        uint256 amount;
        bool released;
    }
    mapping(uint256 => Gig) public gigs;
    uint256 public nextId;
    mapping(address => uint256) public earned;

    function post(address worker) external payable returns (uint256 id) {
        require(msg.value > 0, "no pay");
        require(worker != msg.sender, "self-dealing");
        id = nextId++;
        gigs[id] = Gig(msg.sender, worker, msg.value, false);
    }

    function release(uint256 id) external {
        Gig storage g = gigs[id];
        require(msg.sender == g.client, "not the client");
        require(!g.released, "released");
        g.released = true;
        earned[g.worker] += g.amount;
    }

    function withdraw() external {
        uint256 amount = earned[msg.sender];
        require(amount > 0, "nothing earned");
        earned[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }
}
