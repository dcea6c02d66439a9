// expect: adversary-profit same-function
pragma solidity ^0.8.20;
interface IEtherBorrower {
    function onFlashLoan(uint256 amount, uint256 fee) external payable;
}
/// flash_repaid_into_receive_safe.sol with a `withdrawAll` outside the lock that clears the
/// deposit after it pays: the adversary re-enters it and is paid its deposit again out of the
/// honest depositors' ether. The loan's repayment into `receive` is not the finding.
contract ReceiveRepaidLenderOpenWithdraw {
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
    function withdrawAll() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing deposited");
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
        deposits[msg.sender] = 0;
        totalDeposits -= amount;
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
