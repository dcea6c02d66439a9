// expect: adversary-profit read-only
// contract: SharePool
pragma solidity ^0.8.20;
/// An ether pool that issues shares and the lender it creates, which lends ether against
/// shares at the pool's share price. Honest users both add liquidity to the pool and supply
/// ether to the lender. The pool pays a withdrawal before it lowers its reserve: while the
/// adversary holds control the share price is inflated, and a borrow from the callback takes
/// more of the suppliers' ether than the adversary's collateral is worth.
contract ShareLender {
    SharePool public immutable pool;
    mapping(address => uint256) public supplied;
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;

    constructor(SharePool pool_) {
        pool = pool_;
    }

    function supply() external payable {
        require(msg.value > 0, "nothing supplied");
        supplied[msg.sender] += msg.value;
    }

    function addCollateral(uint256 shares) external {
        require(shares > 0, "no shares");
        require(pool.transferFrom(msg.sender, address(this), shares), "transfer failed");
        collateral[msg.sender] += shares;
    }

    function borrow(uint256 amount) external {
        uint256 limit = (collateral[msg.sender] * pool.sharePrice()) / 1e18;
        require(debt[msg.sender] + amount <= (limit * 80) / 100, "undercollateralized");
        debt[msg.sender] += amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }
}

contract SharePool {
    ShareLender public immutable lender;
    uint256 public reserve;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "reentrant");
        locked = true;
        _;
        locked = false;
    }

    constructor() {
        lender = new ShareLender(this);
    }

    function sharePrice() external view returns (uint256) {
        return totalSupply == 0 ? 1e18 : (reserve * 1e18) / totalSupply;
    }

    function addLiquidity() external payable nonReentrant {
        require(msg.value > 0, "nothing added");
        uint256 minted = totalSupply == 0 ? msg.value : (msg.value * totalSupply) / reserve;
        reserve += msg.value;
        totalSupply += minted;
        balanceOf[msg.sender] += minted;
    }

    function removeLiquidity(uint256 amount) external nonReentrant {
        require(amount > 0 && balanceOf[msg.sender] >= amount, "not enough shares");
        uint256 paid = (amount * reserve) / totalSupply;
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
        (bool ok, ) = msg.sender.call{value: paid}("");
        require(ok, "transfer failed");
        reserve -= paid;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        require(allowance[from][msg.sender] >= amount, "allowance");
        require(balanceOf[from] >= amount, "balance");
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
