// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// The pool of tok_param_balance_delta.sol with the fix: deposits of any token but the asset
/// are refused before anything is pulled, so a caller-supplied token never runs code inside
/// a deposit (the asset, an untrusted stand-in held by everyone, still may: its hook
/// re-enters before the balance is read or after it is booked, and credits nothing twice
/// because the pool is guarded).
contract DeltaPool {
    IERC20 public immutable asset;
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    bool private entered;
    constructor(IERC20 a) { asset = a; }
    modifier nonReentrant() {
        require(!entered, "reentrant");
        entered = true;
        _;
        entered = false;
    }
    function deposit(IERC20 token, uint256 amount) external nonReentrant {
        require(token == asset, "asset only");
        uint256 before = asset.balanceOf(address(this));
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        uint256 arrived = asset.balanceOf(address(this)) - before;
        shares[msg.sender] += arrived;
        totalShares += arrived;
    }
    function withdraw() external nonReentrant {
        uint256 amount = shares[msg.sender];
        require(amount > 0, "shares");
        shares[msg.sender] = 0;
        totalShares -= amount;
        require(asset.transfer(msg.sender, amount), "push");
    }
}
