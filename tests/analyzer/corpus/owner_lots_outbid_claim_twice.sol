// expect: reentrancy same-function
// options: defaults
// An auction house whose owner opens lots of a collectible it mints (several lots may hold
// the same collectible); bidders outbid each other and, once a lot ends, its winner claims it.
// The collectible's transfer calls the receiver's hook before the lot is marked claimed, so a
// winner re-entering the claim from the hook is handed the lot again, out of the stock of the
// other lots. The adversary must outbid an honest bidder on a lot the owner opened.
pragma solidity ^0.8.20;

interface ICollectibleReceiver {
    function onCollectibleReceived(address from, uint256 id, uint256 amount) external returns (bytes4);
}

contract Collectibles {
    address public immutable minter;
    mapping(uint256 => mapping(address => uint256)) public balanceOf;

    constructor() {
        minter = msg.sender;
    }

    function mint(address to, uint256 id, uint256 amount) external {
        require(msg.sender == minter, "not minter");
        balanceOf[id][to] += amount;
    }

    function transferFrom(address from, address to, uint256 id, uint256 amount) external {
        require(from == msg.sender, "not holder");
        require(balanceOf[id][from] >= amount, "insufficient");
        balanceOf[id][from] -= amount;
        balanceOf[id][to] += amount;
        if (to.code.length > 0) {
            bytes4 r = ICollectibleReceiver(to).onCollectibleReceived(from, id, amount);
            require(r == ICollectibleReceiver.onCollectibleReceived.selector, "refused");
        }
    }
}

contract LotAuctions {
    struct Lot {
        uint256 item;
        uint256 amount;
        uint256 endsAt;
        address leader;
        uint256 leadingBid;
        bool claimed;
    }

    Collectibles public immutable collectibles;
    address public owner;
    uint256 public lotCount;
    uint256 public earnings;
    mapping(uint256 => Lot) public lots;
    mapping(address => uint256) public refunds;

    constructor() {
        owner = msg.sender;
        collectibles = new Collectibles();
    }

    function openLot(uint256 item, uint256 amount, uint256 duration) external returns (uint256 id) {
        require(msg.sender == owner, "not owner");
        require(amount > 0, "empty");
        require(duration >= 1 hours && duration <= 7 days, "duration");
        collectibles.mint(address(this), item, amount);
        id = lotCount++;
        lots[id] = Lot(item, amount, block.timestamp + duration, address(0), 0, false);
    }

    function bid(uint256 id) external payable {
        Lot storage l = lots[id];
        require(l.amount > 0, "no lot");
        require(block.timestamp < l.endsAt, "ended");
        require(msg.value > l.leadingBid, "too low");
        if (l.leader != address(0)) refunds[l.leader] += l.leadingBid;
        l.leader = msg.sender;
        l.leadingBid = msg.value;
    }

    function refund() external {
        uint256 amount = refunds[msg.sender];
        require(amount > 0, "nothing");
        refunds[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }

    function claim(uint256 id) external {
        Lot storage l = lots[id];
        require(l.amount > 0, "no lot");
        require(block.timestamp >= l.endsAt, "running");
        require(msg.sender == l.leader, "not the winner");
        require(!l.claimed, "claimed");
        collectibles.transferFrom(address(this), msg.sender, l.item, l.amount);
        l.claimed = true;
        earnings += l.leadingBid;
    }
}
