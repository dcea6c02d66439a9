// expect: safe
// contract: Consignment
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The look-alike of honest_buys_bonded_offer: the offer is closed before the seller is paid,
/// so a withdrawal from the payment's callback finds it closed.
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
        o.open = false;
        (bool ok, ) = payable(o.seller).call{value: msg.value}("");
        require(ok, "pay");
    }
}
