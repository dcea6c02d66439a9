// expect: safe
// options: defaults
// The royalty splitter with a claim that books what it pays before paying it
// (checks-effects-interactions): a re-entered claim finds its part paid.
pragma solidity ^0.8.20;

contract RoyaltySplitter {
    address public immutable owner;
    bool public frozen;
    uint256 public totalWeight;
    uint256 public totalPaid;
    address[] public recipients;
    mapping(address => uint256) public weightOf;
    mapping(address => uint256) public paidTo;

    constructor() {
        owner = msg.sender;
    }

    receive() external payable {}

    function addRecipient(address who, uint256 weight) external {
        require(msg.sender == owner, "only owner");
        require(!frozen, "frozen");
        require(who != address(0) && weight > 0, "bad recipient");
        require(weightOf[who] == 0, "known recipient");
        recipients.push(who);
        weightOf[who] = weight;
        totalWeight += weight;
    }

    function freeze() external {
        require(msg.sender == owner, "only owner");
        require(totalWeight > 0, "nobody to pay");
        frozen = true;
    }

    function owed(address who) public view returns (uint256) {
        uint256 earned = ((address(this).balance + totalPaid) * weightOf[who]) / totalWeight;
        return earned - paidTo[who];
    }

    function claim(address payable who) external {
        require(frozen, "not frozen");
        require(weightOf[who] > 0, "not a recipient");
        uint256 amount = owed(who);
        require(amount > 0, "nothing owed");
        paidTo[who] += amount;
        totalPaid += amount;
        (bool ok, ) = who.call{value: amount}("");
        require(ok, "payment failed");
    }
}
