// expect: safe
// contract: BonusPool
// txs: 3
pragma solidity ^0.8.20;
/// The faucet token and bonus pool of tok_faucet_bonus_pool.sol, with the stake cleared
/// before the bonus is paid (checks-effects-interactions): a re-entrant leave finds nothing.
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
        staked[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: BONUS}("");
        require(ok, "bonus");
        token.transfer(msg.sender, amount);
    }
}
