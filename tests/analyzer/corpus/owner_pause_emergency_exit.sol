// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/utils/Pausable.sol";
import "@openzeppelin/contracts/access/Ownable.sol";

/// OpenZeppelin's Pausable and Ownable: deposits while running; once the owner pauses (an
/// honest owner's privileged action, behind `onlyOwner`, which compares `owner()` with
/// `_msgSender()`), depositors leave through an emergency exit that pays before it clears
/// the balance, so a re-entrant exit is paid again.
contract PausableVault is Pausable, Ownable {
    mapping(address => uint256) public balances;

    constructor() Ownable(msg.sender) {}

    function pause() external onlyOwner { _pause(); }
    function unpause() external onlyOwner { _unpause(); }

    function deposit() external payable whenNotPaused {
        balances[msg.sender] += msg.value;
    }

    function emergencyWithdraw() external whenPaused {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
        balances[msg.sender] = 0;
    }
}
