// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// The pool of dep_literal_token.sol with the fix: withdraw books before it pays, so the
/// token's hook finds nothing left to withdraw.
contract LiteralTokenPool {
    IERC20 constant TOKEN = IERC20(0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48);
    mapping(address => uint256) public saved;
    function save(uint256 amount) external {
        require(TOKEN.transferFrom(msg.sender, address(this), amount), "pull");
        saved[msg.sender] += amount;
    }
    function withdraw() external {
        uint256 amount = saved[msg.sender];
        require(amount > 0, "nothing");
        saved[msg.sender] = 0;
        require(TOKEN.transfer(msg.sender, amount), "push");
    }
}
