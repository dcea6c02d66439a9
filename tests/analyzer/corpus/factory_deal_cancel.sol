// expect: adversary-profit same-function
// contract: PaymentHub
pragma solidity ^0.8.20;

/// A hub that keeps every deal's ether and deploys one Deal contract per payment; the deal's
/// parties settle through it (an escrow factory with pooled funds). Nothing exists at
/// deployment: each deal is created by a transaction, the attacker's own included.
contract PaymentHub {
    mapping(address => bool) public isDeal;
    uint256 public deals;

    event Opened(address deal, address payer, address payee, uint256 amount);

    function open(address payee) external payable returns (Deal deal) {
        require(msg.value > 0, "empty deal");
        require(payee != address(0) && payee != msg.sender, "bad payee");
        deal = new Deal(msg.sender, payee, msg.value);
        isDeal[address(deal)] = true;
        deals += 1;
        emit Opened(address(deal), msg.sender, payee, msg.value);
    }

    function release(address to, uint256 amount) external {
        require(isDeal[msg.sender], "not a deal");
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "transfer failed");
    }
}

contract Deal {
    PaymentHub public immutable hub;
    address public immutable payer;
    address public immutable payee;
    uint256 public immutable amount;
    bool public settled;

    constructor(address payer_, address payee_, uint256 amount_) {
        hub = PaymentHub(msg.sender);
        payer = payer_;
        payee = payee_;
        amount = amount_;
    }

    function pay() external {
        require(msg.sender == payer, "only payer");
        require(!settled, "settled");
        settled = true;
        hub.release(payee, amount);
    }

    /// Either party calls the deal off and the payer gets the ether back; the deal is marked
    /// settled only after the hub paid (the bug: the payer re-enters cancel).
    function cancel() external {
        require(msg.sender == payer || msg.sender == payee, "not a party");
        require(!settled, "settled");
        hub.release(payer, amount);
        settled = true;
    }
}
