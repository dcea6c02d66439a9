// expect: safe
// An OTC board: makers escrow ether and ask for board credit in return; a taker (never the maker)
// receives the ether, is called back with what it owes, and must transfer that credit to the maker
// from the callback: the take reverts unless the maker's credit balance grew by the price. The offer
// is closed before the ether goes out, so a taker that pays the maker from its callback has made an
// honest trade, and a second take of the same offer is refused.
pragma solidity ^0.8.20;

interface IOtcTaker {
    function onTake(uint256 offerId, uint256 owed) external;
}

contract BoardCredit {
    address public immutable board;
    mapping(address => uint256) public balanceOf;

    constructor() {
        board = msg.sender;
    }

    function issue(address to, uint256 amount) external {
        require(msg.sender == board, "board only");
        balanceOf[to] += amount;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

contract OtcBoard {
    struct Offer {
        address maker;
        uint256 escrow;
        uint256 price;
        bool live;
    }

    BoardCredit public immutable credit;
    mapping(uint256 => Offer) public offers;
    uint256 public offerCount;

    constructor() {
        credit = new BoardCredit();
    }

    function post(uint256 price) external payable returns (uint256 id) {
        require(msg.value > 0 && price > 0, "empty offer");
        id = ++offerCount;
        offers[id] = Offer(msg.sender, msg.value, price, true);
    }

    function buyCredit() external payable {
        credit.issue(msg.sender, msg.value);
    }

    function take(uint256 id) external {
        Offer storage o = offers[id];
        require(o.live, "not live");
        require(msg.sender != o.maker, "own offer");
        o.live = false;
        uint256 before = credit.balanceOf(o.maker);
        (bool sent, ) = payable(msg.sender).call{value: o.escrow}("");
        require(sent, "send");
        IOtcTaker(msg.sender).onTake(id, o.price);
        require(credit.balanceOf(o.maker) >= before + o.price, "maker not paid");
    }
}
