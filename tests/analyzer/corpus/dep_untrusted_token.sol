// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// A staking pool of a token passed at deployment that nobody vouches for: it pays out
/// through the token before it books, so a token with a hook (or a malicious one) re-enters.
contract TokenStaking {
    IERC20 public immutable token;
    mapping(address => uint256) public staked;
    uint256 public paidOut;
    constructor(IERC20 t) { token = t; }
    function stake(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        staked[msg.sender] += amount;
    }
    function unstake() external {
        uint256 amount = staked[msg.sender];
        require(amount > 0, "nothing");
        require(token.transfer(msg.sender, amount), "push");
        staked[msg.sender] = 0;
        paidOut += amount;
    }
}
