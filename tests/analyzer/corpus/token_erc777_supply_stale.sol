// expect: reentrancy cross-function
pragma solidity ^0.8.20;
interface IERC777Like {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function send(address to, uint256 amount, bytes calldata data) external;
}
/// The Lendf.me shape (April 2020, imBTC): supply computes the new balance, then pulls the
/// ERC-777 token, whose tokensToSend hook runs in the supplier's account before the tokens
/// move, then stores the balance computed before the call. A withdraw from the hook is
/// overwritten: the supplier keeps the withdrawn tokens and the credit. (Re-entering supply
/// itself from the hook is shorter but only self-harm: the stale write wipes the supplier's
/// own inner credit, so the monitor looks on and reports the withdraw.)
contract LendingPool {
    IERC777Like public immutable token;
    mapping(address => uint256) public supplied;
    constructor(IERC777Like t) { token = t; }
    function supply(uint256 amount) external {
        uint256 updated = supplied[msg.sender] + amount;
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        supplied[msg.sender] = updated;
    }
    function withdraw(uint256 amount) external {
        require(supplied[msg.sender] >= amount, "balance");
        supplied[msg.sender] -= amount;
        require(token.transfer(msg.sender, amount), "push");
    }
}
