// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The bank of fb_fallback_deposit.sol with the balance lowered before the payout
/// (checks-effects-interactions).
contract PercentBank {
    mapping(address => uint256) public balances;

    fallback() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdrawPercent(uint16 percent) external {
        require(percent > 0 && percent <= 100, "percent");
        uint256 amount = (balances[msg.sender] * percent) / 100;
        balances[msg.sender] -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
    }
}
