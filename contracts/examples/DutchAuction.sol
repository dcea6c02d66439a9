// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The registry whose item is sold (see NFTRegistry.sol).
interface IItemRegistry {
    function ownerOf(uint256 id) external view returns (address);

    function transferFrom(address from, address to, uint256 id) external;
}

/// @title DutchAuction: a descending-price sale of one registry item
/// @notice The price starts at `startPrice` and falls linearly by `discountRate` wei per
/// second until it reaches `floorPrice`. The first buyer who pays the current price wins;
/// any excess is refunded at once. The seller must have approved this contract for the item.
contract DutchAuction {
    /// @notice How long the price keeps falling.
    uint256 public constant DURATION = 7 days;

    IItemRegistry public immutable registry;
    uint256 public immutable itemId;
    address payable public immutable seller;
    uint256 public immutable startPrice;
    uint256 public immutable floorPrice;
    uint256 public immutable discountRate;
    uint256 public immutable startAt;

    /// @notice The buyer, once sold.
    address public buyer;

    event Bought(address indexed buyer, uint256 price, uint256 refund);

    /// @param registry_ the item registry
    /// @param itemId_ the item on sale
    /// @param startPrice_ price at the start, in wei
    /// @param floorPrice_ lowest price, in wei
    constructor(address registry_, uint256 itemId_, uint256 startPrice_, uint256 floorPrice_) {
        require(startPrice_ >= floorPrice_, "start below floor");
        registry = IItemRegistry(registry_);
        itemId = itemId_;
        seller = payable(msg.sender);
        startPrice = startPrice_;
        floorPrice = floorPrice_;
        discountRate = (startPrice_ - floorPrice_) / DURATION;
        startAt = block.timestamp;
    }

    /// @notice The price a buyer pays now.
    function price() public view returns (uint256) {
        uint256 elapsed = block.timestamp - startAt;
        if (elapsed >= DURATION) return floorPrice;
        uint256 discount = discountRate * elapsed;
        return startPrice - discount > floorPrice ? startPrice - discount : floorPrice;
    }

    /// @notice Buys the item at the current price.
    function buy() external payable {
        require(buyer == address(0), "sold");
        uint256 current = price();
        require(msg.value >= current, "not enough ether");
        buyer = msg.sender;
        registry.transferFrom(seller, msg.sender, itemId);
        uint256 refund = msg.value - current;
        seller.transfer(current);
        if (refund > 0) {
            payable(msg.sender).transfer(refund);
        }
        emit Bought(msg.sender, current, refund);
    }
}
