// expect: safe
// contract: EtherLenderPool
pragma solidity ^0.8.20;

interface IEtherLoanReceiver {
    function execute() external payable;
}

/// The "side entrance" lender with a one-day withdrawal lock and the fix: one mutex shared by
/// `deposit`, `withdraw` and `flashLoan`, so the borrowed ether cannot be booked as a deposit.
contract EtherLenderPool {
    uint256 public constant LOCK = 1 days;
    mapping(address => uint256) public balances;
    mapping(address => uint256) public depositedAt;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "reentrant call");
        locked = true;
        _;
        locked = false;
    }

    constructor() payable {}

    function deposit() external payable nonReentrant {
        balances[msg.sender] += msg.value;
        depositedAt[msg.sender] = block.timestamp;
    }

    function withdraw() external nonReentrant {
        require(block.timestamp >= depositedAt[msg.sender] + LOCK, "locked");
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }

    function flashLoan(uint256 amount) external nonReentrant {
        uint256 before = address(this).balance;
        require(amount <= before, "not enough ether");
        IEtherLoanReceiver(msg.sender).execute{value: amount}();
        require(address(this).balance >= before, "loan not repaid");
    }
}
