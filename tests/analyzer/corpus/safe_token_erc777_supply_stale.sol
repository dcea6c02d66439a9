// expect: safe
pragma solidity ^0.8.20;
interface IERC777Like {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function send(address to, uint256 amount, bytes calldata data) external;
}
/// The look-alike of token_erc777_supply_stale: supply reads and writes the balance after
/// the pull, so a withdraw from the tokensToSend hook is the same as a withdraw before it.
contract LendingPool {
    IERC777Like public immutable token;
    mapping(address => uint256) public supplied;
    constructor(IERC777Like t) { token = t; }
    function supply(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        supplied[msg.sender] += amount;
    }
    function withdraw(uint256 amount) external {
        require(supplied[msg.sender] >= amount, "balance");
        supplied[msg.sender] -= amount;
        require(token.transfer(msg.sender, amount), "push");
    }
}
