// expect: safe
// contract: CollectibleBoard
// options: defaults
pragma solidity ^0.8.20;
/// A board where creators mint collectibles and list them for sale with a refundable deposit;
/// a sale pays the seller the price and returns the deposit. cancel() closes the listing
/// before it returns the deposit, so a seller re-entering it is refused.
/// In the set-up honest users list their own items (a purchase pays a deposit back out).
contract CollectibleBoard {
    struct Listing {
        address seller;
        uint256 price;
        bool active;
    }

    uint256 public constant DEPOSIT = 0.02 ether;

    uint256 public minted;
    mapping(uint256 => address) public holderOf;
    mapping(uint256 => Listing) public listings;

    function mint() external returns (uint256 id) {
        id = ++minted;
        holderOf[id] = msg.sender;
    }

    function list(uint256 id, uint256 price) external payable {
        require(holderOf[id] == msg.sender, "holder");
        require(msg.value == DEPOSIT, "deposit");
        require(price >= 100, "price");
        holderOf[id] = address(this);
        listings[id] = Listing(msg.sender, price, true);
    }

    function buy(uint256 id) external payable {
        Listing storage l = listings[id];
        require(l.active, "inactive");
        require(msg.value == l.price, "price");
        l.active = false;
        holderOf[id] = msg.sender;
        (bool ok, ) = l.seller.call{value: l.price + DEPOSIT}("");
        require(ok, "pay");
    }

    function cancel(uint256 id) external {
        Listing storage l = listings[id];
        require(l.active && l.seller == msg.sender, "listing");
        l.active = false;
        holderOf[id] = msg.sender;
        (bool ok, ) = msg.sender.call{value: DEPOSIT}("");
        require(ok, "refund");
    }
}
