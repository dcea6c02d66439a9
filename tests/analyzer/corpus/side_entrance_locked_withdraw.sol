// expect: adversary-profit
// contract: EtherLenderPool
pragma solidity ^0.8.20;

interface IEtherLoanReceiver {
    function execute() external payable;
}

/// The "side entrance" lender with a lock: a deposit can be withdrawn one day after it was
/// made. Bug: `deposit()` stays open during the loan, so the borrower books the borrowed ether
/// as its own deposit; the theft is cashed in two transactions later, once the lock expired
/// (the loan, a day passing, the withdrawal).
contract EtherLenderPool {
    uint256 public constant LOCK = 1 days;
    mapping(address => uint256) public balances;
    mapping(address => uint256) public depositedAt;

    constructor() payable {}

    function deposit() external payable {
        balances[msg.sender] += msg.value;
        depositedAt[msg.sender] = block.timestamp;
    }

    function withdraw() external {
        require(block.timestamp >= depositedAt[msg.sender] + LOCK, "locked");
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    function flashLoan(uint256 amount) external {
        uint256 before = address(this).balance;
        require(amount <= before, "not enough ether");
        IEtherLoanReceiver(msg.sender).execute{value: amount}();
        require(address(this).balance >= before, "loan not repaid");
    }
}
