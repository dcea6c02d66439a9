// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/access/AccessControl.sol";

/// A savings pool run with OpenZeppelin's AccessControl: the deployer holds the GUARDIAN
/// role, and only a guardian may shut the pool down (`onlyRole`, which looks the caller up
/// through `_checkRole(role, _msgSender())`). After the shutdown savers take their savings
/// out through `rescue`, which pays before it clears the saving: a re-entrant rescue is
/// paid again, out of the other savers' ether.
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "rescue failed");
        savings[msg.sender] = 0;
    }
}
