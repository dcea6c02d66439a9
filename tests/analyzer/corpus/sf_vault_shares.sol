// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// Shares are redeemed 1:1 for ether; the redeemer is paid before the shares are burnt.
/// #invariant totalShares == sum(shares);
contract ShareVault {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    function mint() external payable {
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
    }
    function redeemAll() external {
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        totalShares -= s;
        shares[msg.sender] = 0;
    }
}
