// expect: safe
// options: defaults
// A launchpad whose projects are contracts it deploys: the adversary launches one, the honest
// backers fund it, and after its deadline the adversary, as its creator, collects what it
// raised, as the launchpad intends. Its re-entry into launch() during the payout changes
// nothing it is paid: the same calls without callbacks (the wait included) pay it the same,
// so there is no adversary profit. Refunds clear the pledge before paying.
pragma solidity ^0.8.20;

contract Project {
    address public immutable creator;
    uint256 public immutable target;
    uint256 public immutable endsAt;
    uint256 public raised;
    bool public paidOut;
    mapping(address => uint256) public backed;

    constructor(address creator_, uint256 target_, uint256 endsAt_) {
        creator = creator_;
        target = target_;
        endsAt = endsAt_;
    }

    function back() external payable {
        require(block.timestamp < endsAt && msg.value > 0, "closed");
        backed[msg.sender] += msg.value;
        raised += msg.value;
    }

    function payOut() external {
        require(msg.sender == creator && block.timestamp >= endsAt, "not yet");
        require(raised >= target && !paidOut, "target");
        paidOut = true;
        (bool ok, ) = payable(creator).call{value: address(this).balance}("");
        require(ok, "pay");
    }

    function reclaim() external {
        require(block.timestamp >= endsAt && raised < target, "no refund");
        uint256 amount = backed[msg.sender];
        require(amount > 0, "nothing");
        backed[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
    }
}

contract Launchpad {
    address public admin;
    uint256 public longest = 30 days;
    Project[] public projects;

    constructor() {
        admin = msg.sender;
    }

    function setLongest(uint256 d) external {
        require(msg.sender == admin, "admin");
        longest = d;
    }

    function launch(uint256 target, uint256 duration) external returns (uint256 id) {
        require(target > 0 && duration > 0 && duration <= longest, "params");
        Project p = new Project(msg.sender, target, block.timestamp + duration);
        id = projects.length;
        projects.push(p);
    }
}
