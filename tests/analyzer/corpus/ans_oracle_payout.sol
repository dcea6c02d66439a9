// expect: if-succeeds
// contract: PriceVault
pragma solidity ^0.8.20;
interface IPriceFeed {
    function latestPrice() external view returns (uint256);
}
/// Collateral is redeemed at the price a feed reports. The feed is a constructor argument
/// that nothing in the system provides and nobody vouches for: a feed that reports a higher
/// price than the vault can honour pays the redeemer out of the other depositors' ether.
contract PriceVault {
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
        uint256 payout = (amount * feed.latestPrice()) / UNIT;
        collateral[msg.sender] -= amount;
        totalCollateral -= amount;
        payable(msg.sender).transfer(payout);
    }
}
