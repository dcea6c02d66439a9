// expect: safe
// A pool of ether issues transferable shares under names of its own (Lido's sharesOf,
// transferShares, transferSharesFrom beside a standard approve). removeLiquidity lowers totalPooled
// before it pays, so sharePrice() is right during the payment and the lender that prices
// collateral with it lends no more than the collateral is worth: nothing to gain by re-entering.
pragma solidity ^0.8.20;

/// @notice Pool of ether issuing transferable shares. Guarded against direct re-entry.
contract StakePool {
    uint256 public totalPooled;
    uint256 public totalShares;
    mapping(address => uint256) public sharesOf;
    mapping(address => mapping(address => uint256)) public allowance;
    bool private locked;

    event Added(address indexed provider, uint256 amount, uint256 shares);
    event Removed(address indexed provider, uint256 amount, uint256 shares);
    event SharesTransferred(address indexed from, address indexed to, uint256 shares);

    modifier nonReentrant() {
        require(!locked, "StakePool: reentrant");
        locked = true;
        _;
        locked = false;
    }

    function sharePrice() public view returns (uint256) {
        if (totalShares == 0) return 1e18;
        return (totalPooled * 1e18) / totalShares;
    }

    function addLiquidity() external payable nonReentrant returns (uint256 shares) {
        require(msg.value > 0, "StakePool: zero");
        shares = totalShares == 0 ? msg.value : (msg.value * totalShares) / totalPooled;
        sharesOf[msg.sender] += shares;
        totalShares += shares;
        totalPooled += msg.value;
        emit Added(msg.sender, msg.value, shares);
    }

    function removeLiquidity(uint256 shares) external nonReentrant returns (uint256 amount) {
        require(shares > 0 && sharesOf[msg.sender] >= shares, "StakePool: shares");
        amount = (shares * totalPooled) / totalShares;
        sharesOf[msg.sender] -= shares;
        totalShares -= shares;

        totalPooled -= amount;

        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "StakePool: send failed");
        emit Removed(msg.sender, amount, shares);
    }

    function approve(address spender, uint256 shares) external returns (bool) {
        allowance[msg.sender][spender] = shares;
        return true;
    }

    function transferShares(address to, uint256 shares) external returns (bool) {
        _transfer(msg.sender, to, shares);
        return true;
    }

    function transferSharesFrom(address from, address to, uint256 shares) external returns (bool) {
        require(allowance[from][msg.sender] >= shares, "StakePool: allowance");
        allowance[from][msg.sender] -= shares;
        _transfer(from, to, shares);
        return true;
    }

    function _transfer(address from, address to, uint256 shares) internal {
        require(sharesOf[from] >= shares, "StakePool: balance");
        sharesOf[from] -= shares;
        sharesOf[to] += shares;
        emit SharesTransferred(from, to, shares);
    }
}

/// @notice Lends ether against StakePool shares, valued at the pool's share price.
contract ShareLender {
    uint256 public constant LTV_BPS = 8000;

    StakePool public immutable pool;
    mapping(address => uint256) public collateralShares;
    mapping(address => uint256) public debt;
    mapping(address => uint256) public supplied;

    event Supplied(address indexed lender, uint256 amount);
    event CollateralAdded(address indexed borrower, uint256 shares);
    event Borrowed(address indexed borrower, uint256 amount);
    event Repaid(address indexed borrower, uint256 amount);

    constructor(StakePool _pool) {
        pool = _pool;
    }

    function supply() external payable {
        supplied[msg.sender] += msg.value;
        emit Supplied(msg.sender, msg.value);
    }

    function addCollateral(uint256 shares) external {
        require(pool.transferSharesFrom(msg.sender, address(this), shares), "pull failed");
        collateralShares[msg.sender] += shares;
        emit CollateralAdded(msg.sender, shares);
    }

    function collateralValue(address borrower) public view returns (uint256) {
        return (collateralShares[borrower] * pool.sharePrice()) / 1e18;
    }

    function borrow(uint256 amount) external {
        uint256 limit = (collateralValue(msg.sender) * LTV_BPS) / 10_000;
        require(debt[msg.sender] + amount <= limit, "undercollateralized");
        debt[msg.sender] += amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        emit Borrowed(msg.sender, amount);
    }

    function repay() external payable {
        require(msg.value <= debt[msg.sender], "overpay");
        debt[msg.sender] -= msg.value;
        emit Repaid(msg.sender, msg.value);
    }
}
