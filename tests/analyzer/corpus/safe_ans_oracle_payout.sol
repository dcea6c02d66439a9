// expect: safe
// callback-freedom: proved
// contract: CappedPriceVault
pragma solidity ^0.8.20;
interface IPriceFeed {
    function latestPrice() external view returns (uint256);
}
/// The same vault, but the price it pays out at is capped at par: whatever the untrusted
/// feed reports, a redeemer gets at most the collateral it put in.
contract CappedPriceVault {
    uint256 public constant UNIT = 1e18;
    IPriceFeed public immutable feed;
    mapping(address => uint256) public collateral;
    uint256 public totalCollateral;
    constructor(IPriceFeed priceFeed) {
        feed = priceFeed;
    }
    function deposit() external payable {
        collateral[msg.sender] += msg.value;
        totalCollateral += msg.value;
    }
    /// #if_succeeds address(this).balance >= totalCollateral;
    function redeem(uint256 amount) external {
        require(amount > 0 && collateral[msg.sender] >= amount, "collateral");
        uint256 price = feed.latestPrice();
        if (price > UNIT) price = UNIT;
        uint256 payout = (amount * price) / UNIT;
        collateral[msg.sender] -= amount;
        totalCollateral -= amount;
        payable(msg.sender).transfer(payout);
    }
}
