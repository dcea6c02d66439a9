// expect: safe
// callback-freedom: proved
// options: defaults
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/access/AccessControl.sol";

/// The pool of role_shutdown_rescue.sol with the saving cleared before the rescue pays.
contract SavingsPool is AccessControl {
    bytes32 public constant GUARDIAN = keccak256("GUARDIAN");
    bool public shutDown;
    mapping(address => uint256) public savings;

    constructor() {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(GUARDIAN, msg.sender);
    }

    function save() external payable {
        require(!shutDown, "shut down");
        savings[msg.sender] += msg.value;
    }

    function shutdown() external onlyRole(GUARDIAN) {
        shutDown = true;
    }

    function rescue() external {
        require(shutDown, "still running");
        uint256 amount = savings[msg.sender];
        require(amount > 0, "nothing saved");
        savings[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "rescue failed");
    }
}
