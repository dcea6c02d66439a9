// expect: reentrancy cross-function
// contract: RewardPool
pragma solidity ^0.8.20;
/// A pool credits what its token balance grew by around a pull from a source the caller names
/// (a router's adapter). A source the adversary controls stakes the real token again from
/// inside the pull: the pool counts that stake twice, once in the inner call and once as the
/// outer call's balance difference. Without the re-entry the outer call receives nothing and
/// is refused, so only a callback makes it pass.
interface IERC20 {
    function balanceOf(address who) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

contract PoolToken is IERC20 {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor() {
        balanceOf[msg.sender] = 1_000_000 ether;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        move(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        require(allowance[from][msg.sender] >= amount, "allowance");
        allowance[from][msg.sender] -= amount;
        move(from, to, amount);
        return true;
    }

    function move(address from, address to, uint256 amount) private {
        require(balanceOf[from] >= amount, "balance");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
    }
}

contract RewardPool {
    PoolToken public immutable token;
    mapping(address => uint256) public stakeOf;
    uint256 public totalStaked;

    constructor(PoolToken t) {
        token = t;
    }

    function stake(uint256 amount) external {
        stakeVia(address(token), amount);
    }

    function stakeVia(address source, uint256 amount) public {
        uint256 before = token.balanceOf(address(this));
        require(IERC20(source).transferFrom(msg.sender, address(this), amount), "pull");
        uint256 received = token.balanceOf(address(this)) - before;
        require(received > 0, "nothing received");
        stakeOf[msg.sender] += received;
        totalStaked += received;
    }

    function unstake(uint256 amount) external {
        require(stakeOf[msg.sender] >= amount, "stake");
        stakeOf[msg.sender] -= amount;
        totalStaked -= amount;
        require(token.transfer(msg.sender, amount), "push");
    }
}
