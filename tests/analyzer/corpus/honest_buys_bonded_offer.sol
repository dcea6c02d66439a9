// expect: reentrancy cross-function
// contract: Consignment
pragma solidity ^0.8.20;

/// A consignment board: a seller posts an offer with a refundable deposit and its asking price;
/// a buyer pays the asking price, which goes straight to the seller before the offer is
/// closed. A seller whose offer an honest buyer takes withdraws the offer from the payment's
/// callback and gets the deposit back too: the buyer's purchase and the withdrawal both
/// succeed, which no order of the two allows.
contract Consignment {
    uint256 public constant DEPOSIT = 0.2 ether;

    struct Offer {
        address seller;
        uint256 asking;
        bool open;
    }

    Offer[] public offers;

    function post(uint256 asking) external payable returns (uint256 id) {
        require(msg.value == DEPOSIT, "deposit");
        require(asking > 0, "free");
        offers.push(Offer({seller: msg.sender, asking: asking, open: true}));
        id = offers.length - 1;
    }

    function withdraw(uint256 id) external {
        Offer storage o = offers[id];
        require(o.open && o.seller == msg.sender, "not yours");
        o.open = false;
        (bool ok, ) = payable(msg.sender).call{value: DEPOSIT}("");
        require(ok, "refund");
    }

    function take(uint256 id) external payable {
        Offer storage o = offers[id];
        require(o.open, "closed");
        require(msg.value == o.asking, "asking price");
        (bool ok, ) = payable(o.seller).call{value: msg.value}("");
        require(ok, "pay");
        o.open = false;
    }
}
