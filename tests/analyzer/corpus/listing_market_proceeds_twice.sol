// expect: adversary-profit same-function
// options: defaults
// A fixed-price market: a seller lists at a price, a buyer other than the seller pays it, and
// the seller withdraws its proceeds, which the withdrawal pays before zeroing them: a
// re-entered withdrawal is paid again out of the other sellers' proceeds. Honest sellers'
// proceeds are there only when honest users buy from each other, and the adversary's own
// needs a buyer other than itself: its accomplice.
pragma solidity ^0.8.20;

contract Market {
    struct Listing {
        address seller;
        uint256 price;
        bool sold;
    }
    Listing[] public listings;
    mapping(address => uint256) public proceeds;

    function list(uint256 price) external returns (uint256 id) {
        require(price > 0, "price");
        listings.push(Listing(msg.sender, price, false));
        return listings.length - 1;
    }

    function buy(uint256 id) external payable {
        Listing storage l = listings[id];
        require(!l.sold, "sold");
        require(msg.sender != l.seller, "own listing");
        require(msg.value == l.price, "price");
        l.sold = true;
        proceeds[l.seller] += msg.value;
    }

    function withdraw() external {
        uint256 amount = proceeds[msg.sender];
        require(amount > 0, "none");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        proceeds[msg.sender] = 0;
    }
}
