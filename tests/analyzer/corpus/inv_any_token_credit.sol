// expect: invariant
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// A vault that must hold, in its asset, every share it issued: an invariant that reads the
/// asset's ledger (a view call on another contract). deposit credits `amount` for whatever
/// token the caller names (DeFiVulnLabs' unchecked deposit token): the adversary pays in its
/// own worthless token and is credited shares the asset does not back.
/// #invariant asset.balanceOf(address(this)) >= totalShares;
contract AnyTokenVault {
    IERC20 public immutable asset;
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    constructor(IERC20 a) { asset = a; }
    function deposit(IERC20 token, uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        shares[msg.sender] += amount;
        totalShares += amount;
    }
    function withdraw(uint256 amount) external {
        require(shares[msg.sender] >= amount, "shares");
        shares[msg.sender] -= amount;
        totalShares -= amount;
        require(asset.transfer(msg.sender, amount), "push");
    }
}
