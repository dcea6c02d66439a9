// expect: reentrancy same-function
// A shop sells a hooked token (its recipients may ask to be called on receipt) for ether at a
// fixed rate, only what it holds beyond what it already owes, and forwards the ether to a
// treasury account. Its owner stocks it by minting the token to it. `claim` sends the buyer's
// tokens before it clears what is owed, so a buyer whose receive hook is on claims again from
// the hook. The shop sells nothing until it is stocked, and the treasury must take ether.
pragma solidity ^0.8.20;

interface IReceiver {
    function received(address from, uint256 amount) external;
}

contract HookToken {
    address public minter;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    mapping(address => bool) public hooked;

    constructor() {
        minter = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == minter, "minter");
        balanceOf[to] += amount;
    }

    function setHook(bool on) external {
        hooked[msg.sender] = on;
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
        allowance[from][msg.sender] -= amount;
        move(from, to, amount);
        return true;
    }

    function move(address from, address to, uint256 amount) internal {
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        if (hooked[to]) IReceiver(to).received(from, amount);
    }
}

contract TokenShop {
    HookToken public immutable token;
    address public immutable treasury;
    uint256 public immutable rate;
    uint256 public owedTotal;
    mapping(address => uint256) public owed;

    constructor(HookToken t, address treasury_, uint256 rate_) {
        token = t;
        treasury = treasury_;
        rate = rate_;
    }

    function buy() external payable {
        uint256 amount = msg.value * rate;
        require(amount > 0, "nothing");
        require(owedTotal + amount <= token.balanceOf(address(this)), "sold out");
        owedTotal += amount;
        owed[msg.sender] += amount;
        (bool ok, ) = treasury.call{value: msg.value}("");
        require(ok, "treasury");
    }

    function claim() external {
        uint256 amount = owed[msg.sender];
        require(amount > 0, "nothing owed");
        require(token.transfer(msg.sender, amount), "transfer");
        owed[msg.sender] = 0;
        owedTotal -= amount;
    }
}
