// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A sale with a soft goal: buyers pay while it is open; after the closing time the owner
/// finalizes it, and if the goal was missed each buyer claims a refund. `claimRefund` pays
/// before it clears the contribution: the adversary re-enters and is refunded twice. The
/// preparation is buy, wait past the close, the owner's finalize, then the claim: the
/// directed search follows the data (finalize reads the clock the wait moved, the claim
/// reads what finalize wrote) instead of running the owner's actions first everywhere.
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
contract GoalSale {
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "refund failed");
        contributions[msg.sender] = 0;
    }
}
