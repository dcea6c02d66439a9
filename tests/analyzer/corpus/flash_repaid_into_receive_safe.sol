// expect: safe
pragma solidity ^0.8.20;
interface IEtherBorrower {
    function onFlashLoan(uint256 amount, uint256 fee) external payable;
}
/// An ether flash lender whose borrowers repay by sending the loan and its fee back to
/// `receive` during the callback (the protocol, not an attack): deposits, withdrawals, loans
/// and fee collection share one lock, and `receive` only accepts ether. A callback that only
/// pays the lender reaches states no order of calls without callbacks reaches (a repaid
/// loan), but it cannot observe or change the loan's stale state: no finding.
contract ReceiveRepaidLender {
    address public owner;
    mapping(address => uint256) public deposits;
    uint256 public totalDeposits;
    uint256 public feesEarned;
    bool private locked;
    modifier nonReentrant() {
        require(!locked, "reentrant");
        locked = true;
        _;
        locked = false;
    }
    constructor() {
        owner = msg.sender;
    }
    receive() external payable {}
    function deposit() external payable nonReentrant {
        require(msg.value > 0, "zero");
        deposits[msg.sender] += msg.value;
        totalDeposits += msg.value;
    }
    function withdraw(uint256 amount) external nonReentrant {
        require(deposits[msg.sender] >= amount, "insufficient");
        deposits[msg.sender] -= amount;
        totalDeposits -= amount;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
    }
    function flashLoan(uint256 amount) external nonReentrant {
        uint256 before = address(this).balance;
        require(amount > 0 && amount <= before, "bad amount");
        uint256 fee = (amount * 9) / 10000;
        IEtherBorrower(msg.sender).onFlashLoan{value: amount}(amount, fee);
        require(address(this).balance >= before + fee, "not repaid");
        feesEarned += fee;
    }
    function collectFees() external nonReentrant {
        require(msg.sender == owner, "not owner");
        uint256 f = feesEarned;
        feesEarned = 0;
        (bool ok, ) = payable(owner).call{value: f}("");
        require(ok, "transfer failed");
    }
}
