// expect: adversary-profit same-function
// options: defaults
// A royalty splitter: the owner registers recipients with weights, one by one, then freezes
// the list; royalties arrive as plain ether and each recipient claims its weighted part of
// everything ever received. The claim pays before it books what was paid, so a re-entered
// claim is computed again from the same books and takes the other recipients' parts. The
// attack needs the owner to register the adversary and an honest recipient beside it.
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
        (bool ok, ) = who.call{value: amount}("");
        require(ok, "payment failed");
        paidTo[who] += amount;
        totalPaid += amount;
    }
}
