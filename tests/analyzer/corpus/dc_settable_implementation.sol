// expect: delegatecall
pragma solidity ^0.8.20;
/// An upgradeable vault whose upgrade function forgot its owner check: anyone can point the
/// implementation at code of its own, which `execute` then runs with the vault's storage.
contract UpgradeableVault {
    address public owner;
    address public implementation;
    mapping(address => uint256) public balances;
    constructor() {
        owner = msg.sender;
    }
    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }
    function upgradeTo(address next) external {
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
