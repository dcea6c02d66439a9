// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Marketplace: fixed-price listings paid in ether, with pull payouts
/// @notice Sellers list goods (identified by a bytes32 SKU) with a price and a quantity;
/// buyers pay exactly price * quantity. Sale proceeds, minus the market fee, are credited to
/// the seller, who withdraws them; the fee goes to the operator's balance.
/// #invariant address(this).balance >= sum(proceeds);
contract Marketplace {
    struct Listing {
        address seller;
        bytes32 sku;
        uint128 price;
        uint32 quantity;
        bool active;
    }

    /// @notice Market fee in basis points.
    uint16 public immutable feeBps;
    /// @notice The operator, credited with fees.
    address public immutable operator;
    /// @notice All listings, by id (index).
    Listing[] public listings;
    /// @notice Withdrawable ether of each seller (and of the operator).
    mapping(address => uint256) public proceeds;

    event Listed(uint256 indexed id, address indexed seller, bytes32 sku, uint128 price, uint32 quantity);
    event Sold(uint256 indexed id, address indexed buyer, uint32 quantity, uint256 paid);
    event Delisted(uint256 indexed id);

    error NotSeller(uint256 id);
    error Inactive(uint256 id);
    error WrongPayment(uint256 sent, uint256 expected);
    error NotEnoughStock(uint32 requested, uint32 available);

    /// @param feeBps_ market fee in basis points (at most 1000)
    constructor(uint16 feeBps_) {
        require(feeBps_ <= 1000, "fee too high");
        feeBps = feeBps_;
        operator = msg.sender;
    }

    /// @notice Lists `quantity` units of `sku` at `price` wei each.
    function list(bytes32 sku, uint128 price, uint32 quantity) external returns (uint256 id) {
        require(price > 0 && quantity > 0, "empty listing");
        id = listings.length;
        listings.push(Listing(msg.sender, sku, price, quantity, true));
        emit Listed(id, msg.sender, sku, price, quantity);
    }

    /// @notice Price, stock and seller of a listing.
    function offer(uint256 id) public view returns (uint256 price, uint32 stock, address seller) {
        Listing memory l = listings[id];
        return (l.price, l.active ? l.quantity : 0, l.seller);
    }

    /// @notice Buys `quantity` units of listing `id`.
    function buy(uint256 id, uint32 quantity) external payable {
        Listing storage l = listings[id];
        if (!l.active) revert Inactive(id);
        if (quantity > l.quantity) revert NotEnoughStock(quantity, l.quantity);
        uint256 cost = uint256(l.price) * quantity;
        if (msg.value != cost) revert WrongPayment(msg.value, cost);
        l.quantity -= quantity;
        if (l.quantity == 0) l.active = false;
        (uint256 fee, uint256 net) = split(cost);
        proceeds[l.seller] += net;
        proceeds[operator] += fee;
        emit Sold(id, msg.sender, quantity, cost);
    }

    /// @notice Fee and seller's share of `amount`.
    function split(uint256 amount) public view returns (uint256 fee, uint256 net) {
        fee = (amount * feeBps) / 10_000;
        net = amount - fee;
    }

    /// @notice Changes the price of an active listing.
    function reprice(uint256 id, uint128 newPrice) external {
        Listing storage l = listings[id];
        if (l.seller != msg.sender) revert NotSeller(id);
        if (!l.active) revert Inactive(id);
        l.price = newPrice;
    }

    /// @notice Removes a listing.
    function delist(uint256 id) external {
        if (listings[id].seller != msg.sender) revert NotSeller(id);
        delete listings[id];
        emit Delisted(id);
    }

    /// @notice Withdraws the caller's proceeds.
    function withdraw() external {
        uint256 amount = proceeds[msg.sender];
        require(amount > 0, "nothing to withdraw");
        proceeds[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "withdraw failed");
    }

    /// @notice Active listings of `seller`: ids and prices, as memory arrays.
    function listingsOf(address seller) external view returns (uint256[] memory ids, uint256[] memory prices) {
        uint256 n;
        for (uint256 i = 0; i < listings.length; i++) {
            if (listings[i].seller == seller && listings[i].active) n++;
        }
        ids = new uint256[](n);
        prices = new uint256[](n);
        uint256 k;
        for (uint256 i = 0; i < listings.length && k < n; i++) {
            Listing memory l = listings[i];
            if (l.seller == seller && l.active) {
                (ids[k], prices[k]) = (i, l.price);
                k++;
            }
        }
    }
}
