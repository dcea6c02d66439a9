// expect: safe
// The look-alike of nav_desk_capped_trade_sold_mid_redeem: redeem lowers the vault's assets
// before it pays, so during the payment navPerShare() is what it is after the call, and a share
// sold to the desk from the callback fetches what it fetches after the redemption.
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
        assets -= owed;
        (bool ok, ) = msg.sender.call{value: owed}("");
        require(ok, "pay");
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
