// expect: reentrancy cross-function
// contract: FlashLender
pragma solidity ^0.8.20;
interface IFlashBorrower {
    function onFlashLoan(address initiator, uint256 amount, uint256 fee, bytes memory data)
        external
        payable
        returns (bytes32);
}
/// An ERC-3156-style ether lender: the borrower gets the loan with the callback, must answer
/// the standard magic value, and the loan counts as repaid when the pool's balance is back.
/// Re-entered during the loan, `deposit` books the borrowed ether as the borrower's own
/// deposit: the pool is "repaid" and the borrower withdraws it later (the "side entrance").
contract FlashLender {
    bytes32 public constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    mapping(address => uint256) public deposits;
    function deposit() external payable {
        deposits[msg.sender] += msg.value;
    }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        deposits[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
    function flashLoan(IFlashBorrower receiver, uint256 amount) external {
        uint256 before = address(this).balance;
        require(amount > 0 && amount <= before, "amount");
        bytes32 answer = receiver.onFlashLoan{value: amount}(msg.sender, amount, 0, "");
        require(answer == CALLBACK_SUCCESS, "callback failed");
        require(address(this).balance >= before, "not repaid");
    }
}
