// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// The look-alike of dep_untrusted_token: books first, then calls the untrusted token.
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
        staked[msg.sender] = 0;
        paidOut += amount;
        require(token.transfer(msg.sender, amount), "push");
    }
}
