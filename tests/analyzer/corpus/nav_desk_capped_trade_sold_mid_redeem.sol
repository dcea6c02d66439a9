// expect: reentrancy cross-contract
// A desk buys vault shares at the vault's NAV up to a cap per trade that its constructor takes.
// The vault's redeem burns the shares and pays before it lowers its assets, so during the
// payment navPerShare() counts assets about to leave over fewer shares. The vault's deposit and
// redeem are locked, but from the payment the adversary sells shares to the desk (which pulls
// them with the vault's unlocked transferFrom) at the inflated NAV. The cap bounds ether paid
// (`require(price <= maxPayout)` before `{value: price}`): Mallory deploys the desk with a cap
// above the deposits, not a few wei that would refuse every real trade.
pragma solidity ^0.8.20;

contract NavVault {
    uint256 public totalSupply;
    uint256 public assets;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    bool private entered;

    modifier guarded() {
        require(!entered, "entered");
        entered = true;
        _;
        entered = false;
    }

    function navPerShare() public view returns (uint256) {
        return totalSupply == 0 ? 1e18 : (assets * 1e18) / totalSupply;
    }

    function deposit() external payable guarded {
        uint256 minted = totalSupply == 0 ? msg.value : (msg.value * totalSupply) / assets;
        assets += msg.value;
        totalSupply += minted;
        balanceOf[msg.sender] += minted;
    }

    function redeem(uint256 shares) external guarded {
        uint256 owed = (shares * assets) / totalSupply;
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;
        (bool ok, ) = msg.sender.call{value: owed}("");
        require(ok, "pay");
        assets -= owed;
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

contract ShareDesk {
    NavVault public immutable vault;
    uint256 public immutable maxPayout;

    constructor(NavVault v, uint256 maxPayout_) payable {
        vault = v;
        maxPayout = maxPayout_;
    }

    receive() external payable {}

    function sell(uint256 shares) external {
        uint256 price = (shares * vault.navPerShare()) / 1e18;
        require(price <= maxPayout && price <= address(this).balance, "too large");
        require(vault.transferFrom(msg.sender, address(this), shares), "shares");
        (bool ok, ) = msg.sender.call{value: price}("");
        require(ok, "pay");
    }
}
