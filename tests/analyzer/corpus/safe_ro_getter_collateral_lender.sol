// expect: safe
// callback-freedom: proved
// contract: StakeCredit
pragma solidity ^0.8.20;
/// A protocol that deploys a staking vault and a credit line. The vault's functions share a
/// mutex and `unstake` debits the stake before it pays, so the credit line, open during the
/// payout, reads the stake as it is through the vault's public getter `balanceOf`.
contract StakingVault {
    mapping(address => uint256) public balanceOf;
    uint256 public totalStaked;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "reentrant");
        locked = true;
        _;
        locked = false;
    }

    function stake() external payable nonReentrant {
        require(msg.value > 0, "zero");
        balanceOf[msg.sender] += msg.value;
        totalStaked += msg.value;
    }

    function unstake(uint256 amount) external nonReentrant {
        require(balanceOf[msg.sender] >= amount, "insufficient stake");
        balanceOf[msg.sender] -= amount;
        totalStaked -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }
}

contract CreditLine {
    StakingVault public immutable vault;
    mapping(address => uint256) public debt;

    constructor(StakingVault v) {
        vault = v;
    }

    function provide() external payable {}

    function borrow(uint256 amount) external {
        uint256 collateral = vault.balanceOf(msg.sender);
        require((debt[msg.sender] + amount) * 2 <= collateral, "undercollateralized");
        debt[msg.sender] += amount;
        payable(msg.sender).transfer(amount);
    }

    function repay() external payable {
        require(debt[msg.sender] >= msg.value, "overpay");
        debt[msg.sender] -= msg.value;
    }
}

contract StakeCredit {
    StakingVault public vault;
    CreditLine public credit;

    constructor() {
        vault = new StakingVault();
        credit = new CreditLine(vault);
    }
}
