// expect: reentrancy cross-function withdrawGear
// options: defaults
// An equipment rental whose listing ids and rents exist only after the adversary lists its own
// item and it is rented: the set-up offers the adversary's item beside the honest users' and an
// honest user rents it (else the guided search calls rent with the id list returned and pays
// what rent compares its payment with). withdrawGear hands the item back
// through the receiver hook before it books the earnings it read, so collectRent re-entered
// there pays them a second time.
pragma solidity ^0.8.20;

interface IGearReceiver {
    function onERC721Received(address operator, address from, uint256 id, bytes calldata data)
        external
        returns (bytes4);
}

contract Gear {
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(uint256 => address) public approvedFor;
    mapping(address => mapping(address => bool)) public isApprovedForAll;
    uint256 public minted;

    function forge() external returns (uint256 id) {
        id = ++minted;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
    }

    function approve(address to, uint256 id) external {
        require(ownerOf[id] == msg.sender, "owner");
        approvedFor[id] = to;
    }

    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
    }

    function transferFrom(address from, address to, uint256 id) public {
        require(ownerOf[id] == from && to != address(0), "from");
        require(
            msg.sender == from || msg.sender == approvedFor[id] || isApprovedForAll[from][msg.sender],
            "approval"
        );
        balanceOf[from] -= 1;
        balanceOf[to] += 1;
        ownerOf[id] = to;
        delete approvedFor[id];
    }

    function safeTransferFrom(address from, address to, uint256 id) external {
        transferFrom(from, to, id);
        if (to.code.length > 0)
            require(
                IGearReceiver(to).onERC721Received(msg.sender, from, id, "") ==
                    IGearReceiver.onERC721Received.selector,
                "receiver"
            );
    }
}

contract GearRental {
    struct Offer {
        address owner;
        uint256 item;
        uint256 dailyRate;
        uint256 busyUntil;
        uint256 rentDue;
        bool open;
    }

    Gear public gear;
    Offer[] public offers;
    mapping(address => uint256) public payable_;

    constructor() {
        gear = new Gear();
    }

    function offer(uint256 item, uint256 dailyRate) external returns (uint256 id) {
        require(dailyRate > 0, "rate");
        gear.transferFrom(msg.sender, address(this), item);
        id = offers.length;
        offers.push(Offer(msg.sender, item, dailyRate, 0, 0, true));
    }

    function rent(uint256 id, uint256 numDays) external payable {
        Offer storage o = offers[id];
        require(o.open && block.timestamp >= o.busyUntil, "busy");
        require(numDays >= 1 && numDays <= 14, "days");
        require(msg.value == o.dailyRate * numDays, "payment");
        o.rentDue += msg.value;
        o.busyUntil = block.timestamp + numDays * 1 days;
    }

    function collectRent(uint256 id) external {
        Offer storage o = offers[id];
        require(msg.sender == o.owner, "owner");
        uint256 due = o.rentDue;
        require(due > 0, "nothing due");
        o.rentDue = 0;
        (bool ok, ) = msg.sender.call{value: due}("");
        require(ok, "pay");
    }

    function withdrawGear(uint256 id) external {
        Offer storage o = offers[id];
        require(msg.sender == o.owner && o.open, "owner");
        require(block.timestamp >= o.busyUntil, "rented");
        uint256 due = o.rentDue;
        gear.safeTransferFrom(address(this), msg.sender, o.item);
        payable_[msg.sender] += due;
        o.rentDue = 0;
        o.open = false;
    }

    function cashOut() external {
        uint256 amount = payable_[msg.sender];
        require(amount > 0, "nothing");
        payable_[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
    }
}
