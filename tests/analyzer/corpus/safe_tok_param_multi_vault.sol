// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// The vault of tok_param_multi_vault.sol with the fix: withdraw books before it pays, so a
/// re-entrant withdrawal from the token's hook finds nothing left to take, whatever token
/// the caller names (its own included: that one only moves the caller's own worthless units).
contract MultiVault {
    IERC20 public immutable listed;
    mapping(IERC20 => mapping(address => uint256)) public balances;
    constructor(IERC20 first) { listed = first; }
    function deposit(IERC20 token, uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        balances[token][msg.sender] += amount;
    }
    function withdraw(IERC20 token) external {
        uint256 amount = balances[token][msg.sender];
        require(amount > 0, "nothing");
        balances[token][msg.sender] = 0;
        require(token.transfer(msg.sender, amount), "push");
    }
}
