// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// The look-alike of token_vault_hooked_payout: books before it pays out, so a hook that
/// withdraws again finds nothing; the token ledger covers what the vault owes.
contract TokenVault {
    IERC20 public immutable token;
    mapping(address => uint256) public deposits;
    uint256 public total;
    constructor(IERC20 t) { token = t; }
    function deposit(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposits[msg.sender] += amount;
        total += amount;
    }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        deposits[msg.sender] = 0;
        total -= amount;
        require(token.transfer(msg.sender, amount), "push");
    }
}
