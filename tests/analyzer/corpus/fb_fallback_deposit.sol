// expect: reentrancy same-function
pragma solidity ^0.8.20;

/// Deposits arrive through a payable fallback (no receive): a plain transfer reaches it.
/// Withdrawing a percentage pays before it lowers the balance, so a re-entrant withdraw is
/// paid from the same balance again.
contract PercentBank {
    mapping(address => uint256) public balances;

    fallback() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdrawPercent(uint16 percent) external {
        require(percent > 0 && percent <= 100, "percent");
        uint256 amount = (balances[msg.sender] * percent) / 100;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
        balances[msg.sender] -= amount;
    }
}
