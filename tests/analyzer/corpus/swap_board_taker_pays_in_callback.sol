// expect: reentrancy same-function
// options: defaults
// A swap board: a maker escrows ether and asks for board credits in return; a taker receives
// the ether, is called back with what it owes, and the take reverts unless the maker's credit
// balance grew by the price meanwhile. Bug: the offer stays live until after that check, so a
// taker re-enters take for the same offer from its callback, and one payment made from the
// innermost callback satisfies every nested check: the escrow is paid out once per take.
// Without callbacks no take succeeds at all; the adversary posting an offer and taking it
// twice, paying itself once, ends with the honest buyers' ether.
pragma solidity ^0.8.20;

interface ITaker {
    function onTake(uint256 offerId, uint256 owed) external;
}

contract BoardCredit {
    address public immutable board;
    mapping(address => uint256) public balanceOf;

    constructor() {
        board = msg.sender;
    }

    function mint(address to, uint256 amount) external {
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

contract SwapBoard {
    struct Offer {
        address maker;
        uint256 escrow;
        uint256 price;
        bool live;
    }

    uint256 public constant CREDITS_PER_WEI = 500;
    BoardCredit public immutable credit;
    mapping(uint256 => Offer) public offers;
    uint256 public offerCount;

    constructor() {
        credit = new BoardCredit();
    }

    function buyCredits() external payable {
        credit.mint(msg.sender, msg.value * CREDITS_PER_WEI);
    }

    function post(uint256 price) external payable returns (uint256 id) {
        require(msg.value > 0 && price > 0, "empty offer");
        id = ++offerCount;
        offers[id] = Offer(msg.sender, msg.value, price, true);
    }

    function take(uint256 id) external {
        Offer storage o = offers[id];
        require(o.live, "not live");
        uint256 before = credit.balanceOf(o.maker);
        (bool sent, ) = payable(msg.sender).call{value: o.escrow}("");
        require(sent, "send");
        ITaker(msg.sender).onTake(id, o.price);
        require(credit.balanceOf(o.maker) >= before + o.price, "maker not paid");
        o.live = false;
    }
}
