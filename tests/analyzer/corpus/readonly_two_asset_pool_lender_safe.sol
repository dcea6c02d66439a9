// expect: safe
// The look-alike of readonly_two_asset_pool_lender: withdraw() pays the gold part before the
// ether part, so during the ether payment both balances and the share count are final and
// valuePerShare() is what it is after the call: the desk's limit is the same in the window as
// after it, and no loan from the callback exceeds what a sequential one may take.
pragma solidity ^0.8.20;

contract Gold {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint() external payable {
        balanceOf[msg.sender] += msg.value;
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

contract TwinPool {
    Gold public immutable gold;
    uint256 public totalShares;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    bool private busy;

    modifier lock() {
        require(!busy, "busy");
        busy = true;
        _;
        busy = false;
    }

    constructor(Gold g) {
        gold = g;
    }

    function valuePerShare() public view returns (uint256) {
        if (totalShares == 0) return 1e18;
        return ((address(this).balance + gold.balanceOf(address(this))) * 1e18) / totalShares;
    }

    function deposit(uint256 goldAmount) external payable lock {
        uint256 before = address(this).balance - msg.value + gold.balanceOf(address(this));
        uint256 added = msg.value + goldAmount;
        require(added > 0, "empty");
        uint256 minted = totalShares == 0 ? added : (added * totalShares) / before;
        require(gold.transferFrom(msg.sender, address(this), goldAmount), "gold");
        totalShares += minted;
        balanceOf[msg.sender] += minted;
    }

    function withdraw(uint256 amount) external lock {
        require(amount > 0 && balanceOf[msg.sender] >= amount, "amount");
        uint256 etherOut = (address(this).balance * amount) / totalShares;
        uint256 goldOut = (gold.balanceOf(address(this)) * amount) / totalShares;
        balanceOf[msg.sender] -= amount;
        totalShares -= amount;
        require(gold.transfer(msg.sender, goldOut), "gold");
        (bool ok, ) = msg.sender.call{value: etherOut}("");
        require(ok, "ether");
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

contract PawnDesk {
    TwinPool public immutable pool;
    mapping(address => uint256) public pledged;
    mapping(address => uint256) public owed;
    mapping(address => uint256) public lent;

    constructor(TwinPool p) {
        pool = p;
    }

    function fund() external payable {
        lent[msg.sender] += msg.value;
    }

    function pledge(uint256 amount) external {
        require(pool.transferFrom(msg.sender, address(this), amount), "pledge");
        pledged[msg.sender] += amount;
    }

    function borrow(uint256 amount) external {
        owed[msg.sender] += amount;
        require(owed[msg.sender] * 4 <= (pledged[msg.sender] * pool.valuePerShare() * 3) / 1e18, "limit");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
    }

    function repay() external payable {
        owed[msg.sender] -= msg.value;
    }
}
