// expect: reentrancy
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// A pool that accepts deposits in any token a caller names and credits what arrived of its
/// asset, measured as the asset balance before and after the pull (the balance-delta pattern
/// of imBTC/Uniswap-v1-style exploits and DeFiVulnLabs' unchecked-token deposits). The pull
/// of a token the caller supplied runs the caller's code (its own token's ERC-777 hook), so
/// the adversary deposits its own worthless token and, from the hook, deposits real asset:
/// the inner deposit credits it, and the outer one credits the same arrival again.
contract DeltaPool {
    IERC20 public immutable asset;
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    constructor(IERC20 a) { asset = a; }
    function deposit(IERC20 token, uint256 amount) external {
        uint256 before = asset.balanceOf(address(this));
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        uint256 arrived = asset.balanceOf(address(this)) - before;
        shares[msg.sender] += arrived;
        totalShares += arrived;
    }
    function withdraw() external {
        uint256 amount = shares[msg.sender];
        require(amount > 0, "shares");
        shares[msg.sender] = 0;
        totalShares -= amount;
        require(asset.transfer(msg.sender, amount), "push");
    }
}
