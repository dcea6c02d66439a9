// expect: reentrancy same-function
// contract: BonusPool
// txs: 3
pragma solidity ^0.8.20;
/// A test token anyone may draw from a faucet, and a pool that pays stakers an ether bonus
/// when they leave. Leaving pays the bonus and returns the stake before it clears the
/// stake, so a re-entrant leave returns it twice, out of the other stakers' tokens.
contract DripToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    uint256 public totalSupply;
    function drip() external {
        balanceOf[msg.sender] += 100 ether;
        totalSupply += 100 ether;
    }
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
contract BonusPool {
    DripToken public immutable token;
    mapping(address => uint256) public staked;
    uint256 public constant BONUS = 0.1 ether;
    constructor(DripToken t) payable {
        token = t;
    }
    function stake(uint256 amount) external {
        require(amount > 0, "zero");
        token.transferFrom(msg.sender, address(this), amount);
        staked[msg.sender] += amount;
    }
    function leave() external {
        uint256 amount = staked[msg.sender];
        require(amount > 0, "none");
        (bool ok, ) = msg.sender.call{value: BONUS}("");
        require(ok, "bonus");
        token.transfer(msg.sender, amount);
        staked[msg.sender] = 0;
    }
}
