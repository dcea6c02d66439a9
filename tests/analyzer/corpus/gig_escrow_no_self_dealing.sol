// expect: adversary-profit same-function
// options: defaults
// A gig escrow: a client posts a gig for a worker, who may not be the client (no
// self-dealing), pays for it, and releases it when the work is done; the worker then withdraws
// what it earned. The withdrawal pays before it books the amount as paid, so a re-entered
// withdrawal is paid again from the other gigs' escrow. The adversary needs a second account:
// its accomplice posts and releases a gig for it (the client may not be the worker).
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        earned[msg.sender] = 0;
    }
}
