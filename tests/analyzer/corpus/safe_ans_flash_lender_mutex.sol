// expect: safe
// contract: GuardedFlashLender
pragma solidity ^0.8.20;
interface IFlashBorrower {
    function onFlashLoan(address initiator, uint256 amount, uint256 fee, bytes memory data)
        external
        payable
        returns (bytes32);
}
/// The same ERC-3156-style ether lender with one lock over the loan and the deposits: a
/// deposit cannot be made from inside the callback, so a loan is repaid only by sending the
/// ether back (which the borrower cannot fake as its own deposit).
contract GuardedFlashLender {
    bytes32 public constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    mapping(address => uint256) public deposits;
    bool private locked;
    modifier nonReentrant() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }
    function deposit() external payable nonReentrant {
        deposits[msg.sender] += msg.value;
    }
    function withdraw() external nonReentrant {
        uint256 amount = deposits[msg.sender];
        deposits[msg.sender] = 0;
        payable(msg.sender).transfer(amount);
    }
    function flashLoan(IFlashBorrower receiver, uint256 amount) external nonReentrant {
        uint256 before = address(this).balance;
        require(amount > 0 && amount <= before, "amount");
        bytes32 answer = receiver.onFlashLoan{value: amount}(msg.sender, amount, 0, "");
        require(answer == CALLBACK_SUCCESS, "callback failed");
        require(address(this).balance >= before, "not repaid");
    }
}
