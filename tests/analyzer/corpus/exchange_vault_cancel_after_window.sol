// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A resale desk for event tickets: a seller posts a ticket at a fixed price, a buyer pays
/// exactly that price into a vault the desk deploys, and a buyer whose seller has not handed
/// the ticket over within HANDOVER_PERIOD cancels and is paid back from the vault. The
/// cancellation pays before it marks the purchase cancelled, so the buyer's contract cancels
/// again from the payment and drains the other buyers' money. The adversary must buy a ticket
/// an honest seller posted, at its price: the purchase an honest buyer made at set-up.
contract PaymentVault {
    address public immutable desk = msg.sender;

    function deposit() external payable {
        require(msg.sender == desk, "desk only");
    }

    function pay(address to, uint256 amount) external {
        require(msg.sender == desk, "desk only");
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "payment failed");
    }
}

contract ResaleDesk {
    struct Post {
        address seller;
        uint256 price;
    }

    struct Purchase {
        uint256 post;
        address buyer;
        uint256 paid;
        uint64 at;
        bool settled;
    }

    uint256 public constant HANDOVER_PERIOD = 5 days;

    PaymentVault public immutable vault;
    Post[] public posts;
    Purchase[] public purchases;

    constructor() {
        vault = new PaymentVault();
    }

    function post(uint256 price) external {
        require(price > 0, "no price");
        posts.push(Post(msg.sender, price));
    }

    function purchase(uint256 postId) external payable {
        require(msg.value == posts[postId].price, "pay the price");
        purchases.push(Purchase(postId, msg.sender, msg.value, uint64(block.timestamp), false));
        vault.deposit{value: msg.value}();
    }

    function handOver(uint256 id) external {
        Purchase storage p = purchases[id];
        require(posts[p.post].seller == msg.sender && !p.settled, "not yours");
        p.settled = true;
        vault.pay(msg.sender, p.paid);
    }

    function cancel(uint256 id) external {
        Purchase storage p = purchases[id];
        require(p.buyer == msg.sender && !p.settled, "not cancellable");
        require(block.timestamp > p.at + HANDOVER_PERIOD, "seller still has time");
        vault.pay(msg.sender, p.paid);
        p.settled = true;
    }
}
