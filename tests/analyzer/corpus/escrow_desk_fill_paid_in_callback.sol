// expect: reentrancy cross-function
// A desk escrows lots of its own credit token; a taker fills a lot and pays its price in ether from
// the fill callback, into an empty receive(). take() alone is left outside the lock, so the lock is
// free during its callback: the taker pays by buying credit, and one payment buys both the credit and the lot.
pragma solidity ^0.8.20;

interface IFillHook {
    function onLot(uint256 lot, uint256 price) external;
}

contract DeskCredit {
    address public immutable desk;
    mapping(address => uint256) public balanceOf;

    constructor() {
        desk = msg.sender;
    }

    function issue(address to, uint256 amount) external {
        require(msg.sender == desk, "desk only");
        balanceOf[to] += amount;
    }

    function shift(address from, address to, uint256 amount) external {
        require(msg.sender == desk, "desk only");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
    }
}

contract EscrowDesk {
    struct Lot {
        address seller;
        uint256 amount;
        uint256 price;
        bool live;
    }

    DeskCredit public immutable credit;
    mapping(uint256 => Lot) public lots;
    mapping(address => uint256) public earned;
    uint256 public lotCount;
    uint256 private status = 1; // 2 while a call runs

    modifier exclusive() {
        require(status == 1, "busy");
        status = 2;
        _;
        status = 1;
    }

    constructor() {
        credit = new DeskCredit();
    }

    receive() external payable {}

    function buyCredit() external payable exclusive {
        credit.issue(msg.sender, msg.value);
    }

    function list(uint256 amount, uint256 price) external exclusive returns (uint256 lot) {
        credit.shift(msg.sender, address(this), amount);
        lot = ++lotCount;
        lots[lot] = Lot(msg.sender, amount, price, true);
    }

    function take(uint256 lot) external {
        Lot storage l = lots[lot];
        require(l.live, "gone");
        l.live = false;
        uint256 held = address(this).balance;
        credit.shift(address(this), msg.sender, l.amount);
        IFillHook(msg.sender).onLot(lot, l.price);
        require(address(this).balance >= held + l.price, "unpaid");
        earned[l.seller] += l.price;
    }

    function collect() external exclusive {
        uint256 amount = earned[msg.sender];
        earned[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "send failed");
    }
}
