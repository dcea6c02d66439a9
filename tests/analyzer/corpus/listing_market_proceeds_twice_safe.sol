// expect: safe
// options: defaults
// The fixed-price market with a withdrawal that zeroes the proceeds before paying them
// (checks-effects-interactions): a re-entered withdrawal finds nothing owed.
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
        proceeds[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
    }
}
