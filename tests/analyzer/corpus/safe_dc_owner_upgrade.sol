// expect: safe
pragma solidity ^0.8.20;
/// The same vault with its owner check: only the (trusted) deployer sets the implementation,
/// so the delegatecall runs code the owner chose, not the adversary.
contract OwnedUpgradeableVault {
    address public owner;
    address public implementation;
    mapping(address => uint256) public balances;
    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }
    constructor() {
        owner = msg.sender;
    }
    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }
    function upgradeTo(address next) external onlyOwner {
        implementation = next;
    }
    function execute(bytes calldata data) external {
        _delegate(implementation, data);
    }
    function _delegate(address impl, bytes calldata data) internal {
        (bool ok, ) = impl.delegatecall(data);
        require(ok, "delegate failed");
    }
}
