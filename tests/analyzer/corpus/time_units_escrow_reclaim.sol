// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// An escrow whose buyers name a seller (never themselves) and a delivery period counted in
/// days, at most ninety. After the period an unconfirmed deal is reclaimed by its buyer; the
/// reclaim refunds before it closes the deal, so the buyer re-enters and is refunded again
/// from the honest buyers' deals. The attack needs the period as a count of days (one),
/// not as seconds, and a wait past it.
contract DeliveryEscrow {
    enum State { None, Funded, Closed }
    struct Deal {
        address payable buyer;
        address payable seller;
        uint256 amount;
        uint256 deadline;
        State state;
    }

    address public arbiter;
    uint256 public nextId = 1;
    mapping(uint256 => Deal) public deals;

    constructor() {
        arbiter = msg.sender;
    }

    function open(address payable seller, uint256 deliveryDays) external payable returns (uint256 id) {
        require(msg.value > 0, "no funds");
        require(seller != address(0) && seller != msg.sender, "bad seller");
        require(deliveryDays >= 1 && deliveryDays <= 90, "bad period");
        id = nextId++;
        deals[id] = Deal(payable(msg.sender), seller, msg.value,
                         block.timestamp + deliveryDays * 1 days, State.Funded);
    }

    function confirm(uint256 id) external {
        Deal storage d = deals[id];
        require(d.state == State.Funded && msg.sender == d.buyer, "not yours");
        d.state = State.Closed;
        d.seller.transfer(d.amount);
    }

    function reclaim(uint256 id) external {
        Deal storage d = deals[id];
        require(d.state == State.Funded, "not funded");
        require(msg.sender == d.buyer, "only buyer");
        require(block.timestamp > d.deadline, "too early");
        (bool ok, ) = d.buyer.call{value: d.amount}("");
        require(ok, "refund failed");
        d.state = State.Closed;
    }
}
