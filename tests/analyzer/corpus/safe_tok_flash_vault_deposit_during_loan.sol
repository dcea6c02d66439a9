// expect: safe
// contract: FlashVault
pragma solidity ^0.8.20;
/// A share vault that is also an ERC-3156 flash lender, fixed: deposit, redeem and flashLoan
/// share one lock, so no share is minted or burned while a loan is out.
interface IERC3156FlashBorrower {
    function onFlashLoan(address initiator, address token, uint256 amount, uint256 fee, bytes calldata data)
        external returns (bytes32);
}

interface IERC3156FlashLender {
    function maxFlashLoan(address token) external view returns (uint256);
    function flashFee(address token, uint256 amount) external view returns (uint256);
    function flashLoan(IERC3156FlashBorrower receiver, address token, uint256 amount, bytes calldata data)
        external returns (bool);
}

contract TestUSD {
    string public constant name = "Test USD";
    string public constant symbol = "tUSD";
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    mapping(address => bool) public claimed;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function faucet() external {
        require(!claimed[msg.sender], "already claimed");
        claimed[msg.sender] = true;
        totalSupply += 1000 ether;
        balanceOf[msg.sender] += 1000 ether;
        emit Transfer(address(0), msg.sender, 1000 ether);
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        uint256 a = allowance[from][msg.sender];
        require(a >= amount, "allowance");
        require(balanceOf[from] >= amount, "balance");
        if (a != type(uint256).max) allowance[from][msg.sender] = a - amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
        return true;
    }
}

contract FlashVault is IERC3156FlashLender {
    bytes32 public constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    uint256 public constant FEE_BPS = 9;

    address public owner;
    TestUSD public immutable asset;
    uint256 public totalShares;
    mapping(address => uint256) public shares;

    event Deposit(address indexed user, uint256 assets, uint256 shares);
    event Withdraw(address indexed user, uint256 assets, uint256 shares);
    event Flash(address indexed receiver, uint256 amount, uint256 fee);

    uint256 private _status = 1;

    modifier nonReentrant() {
        require(_status == 1, "ReentrancyGuard: reentrant call");
        _status = 2;
        _;
        _status = 1;
    }

    constructor() {
        owner = msg.sender;
        asset = new TestUSD();
    }

    function totalAssets() public view returns (uint256) {
        return asset.balanceOf(address(this));
    }

    function deposit(uint256 assets) external nonReentrant returns (uint256 minted) {
        require(assets > 0, "zero");
        uint256 ta = totalAssets();
        minted = (totalShares == 0 || ta == 0) ? assets : (assets * totalShares) / ta;
        require(minted > 0, "zero shares");
        require(asset.transferFrom(msg.sender, address(this), assets), "transferFrom failed");
        totalShares += minted;
        shares[msg.sender] += minted;
        emit Deposit(msg.sender, assets, minted);
    }

    function redeem(uint256 amount) external nonReentrant returns (uint256 assets) {
        require(amount > 0 && shares[msg.sender] >= amount, "shares");
        assets = (amount * totalAssets()) / totalShares;
        shares[msg.sender] -= amount;
        totalShares -= amount;
        require(asset.transfer(msg.sender, assets), "transfer failed");
        emit Withdraw(msg.sender, assets, amount);
    }

    function maxFlashLoan(address token) public view override returns (uint256) {
        return token == address(asset) ? totalAssets() : 0;
    }

    function flashFee(address token, uint256 amount) public view override returns (uint256) {
        require(token == address(asset), "unsupported token");
        return (amount * FEE_BPS) / 10000;
    }

    function flashLoan(IERC3156FlashBorrower receiver, address token, uint256 amount, bytes calldata data)
        external override nonReentrant returns (bool)
    {
        require(amount <= maxFlashLoan(token), "amount too large");
        uint256 fee = flashFee(token, amount);
        require(asset.transfer(address(receiver), amount), "transfer failed");
        require(receiver.onFlashLoan(msg.sender, token, amount, fee, data) == CALLBACK_SUCCESS,
            "callback failed");
        require(asset.transferFrom(address(receiver), address(this), amount + fee), "repay failed");
        emit Flash(address(receiver), amount, fee);
        return true;
    }
}
