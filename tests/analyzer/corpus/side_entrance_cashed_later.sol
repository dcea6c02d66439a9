// expect: adversary-profit
// contract: EtherLenderPool
pragma solidity ^0.8.20;

interface IEtherLoanReceiver {
    function execute() external payable;
}

/// A fee-free ether lender in the style of Damn Vulnerable DeFi's "side entrance": the pool
/// lends its whole balance through `execute()` and only checks that its balance is back. Bug:
/// `deposit()` stays open during the loan, so the borrower books the borrowed ether as its own
/// deposit, which "repays" the loan; a later, perfectly ordinary `withdraw()` cashes it in.
/// The theft only shows after the transaction with the re-entry.
contract EtherLenderPool {
    mapping(address => uint256) public balances;

    constructor() payable {}

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
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
