// expect: reentrancy same-function
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/utils/Address.sol";
/// Creators cash out their tips with OpenZeppelin's `sendValue`, which forwards all gas (its
/// call is in inline assembly since OpenZeppelin 5.x), before the tips are zeroed.
contract TipJar {
    using Address for address payable;
    mapping(address => uint256) public tipsOf;

    function tip(address creator) external payable {
        require(msg.value > 0, "empty tip");
        tipsOf[creator] += msg.value;
    }

    function cashOut() external {
        uint256 amount = tipsOf[msg.sender];
        require(amount > 0, "no tips");
        payable(msg.sender).sendValue(amount);
        tipsOf[msg.sender] = 0;
    }
}
