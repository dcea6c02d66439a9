// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// order_refund_after_deadline_finalize.sol fixed: the refund clears the contribution
/// before it pays (checks-effects-interactions).
/// The sale's token: minted to buyers (kept on a refund, as a receipt).
contract SaleShares {
    address public immutable sale;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    constructor() {
        sale = msg.sender;
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
    function mint(address to, uint256 amount) external {
        require(msg.sender == sale, "not the sale");
        totalSupply += amount;
        balanceOf[to] += amount;
    }
    function burn(address from, uint256 amount) external {
        require(msg.sender == sale, "not the sale");
        totalSupply -= amount;
        balanceOf[from] -= amount;
    }
}
contract GoalSaleCEI {
    address public owner;
    SaleShares public immutable shares;
    uint256 public constant RATE = 100;
    uint256 public immutable goal;
    uint256 public immutable closingTime;
    uint256 public raised;
    bool public finalized;
    mapping(address => uint256) public contributions;
    constructor() {
        owner = msg.sender;
        shares = new SaleShares();
        goal = 1000 ether;
        closingTime = block.timestamp + 7 days;
    }
    function buy() external payable {
        require(block.timestamp <= closingTime && !finalized, "closed");
        require(msg.value > 0, "nothing sent");
        raised += msg.value;
        contributions[msg.sender] += msg.value;
        shares.mint(msg.sender, msg.value * RATE);
    }
    function finalize() external {
        require(msg.sender == owner, "not owner");
        require(!finalized, "finalized");
        require(block.timestamp > closingTime, "still open");
        finalized = true;
    }
    function claimRefund() external {
        require(finalized && raised < goal, "no refunds");
        uint256 amount = contributions[msg.sender];
        require(amount > 0, "nothing to refund");
        contributions[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "refund failed");
    }
}
