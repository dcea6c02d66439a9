// expect: if-succeeds
pragma solidity ^0.8.20;
/// Redeeming must burn exactly the caller's shares from the total.
contract RedeemPost {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    function enter() external payable {
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
    }
    /// #if_succeeds totalShares == old(totalShares) - old(shares[msg.sender]);
    function redeem() external {
        uint256 s = shares[msg.sender];
        require(s > 0, "none");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        totalShares -= s;
        shares[msg.sender] = 0;
    }
}
