// expect: safe
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/utils/Address.sol";
/// The look-alike of sf_oz_send_value: the tips are zeroed before `sendValue` pays them.
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
        tipsOf[msg.sender] = 0;
        payable(msg.sender).sendValue(amount);
    }
}
