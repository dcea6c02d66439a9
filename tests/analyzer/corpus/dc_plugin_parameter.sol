// expect: delegatecall
pragma solidity ^0.8.20;
/// A wallet that runs "plugins" its caller names (the Parity-wallet shape, SWC-112): the
/// plugin's code runs with the wallet's storage and balance, so any caller can overwrite the
/// owner or drain the deposits from a plugin of its own.
contract PluginWallet {
    address public owner;
    mapping(address => uint256) public balances;
    constructor() {
        owner = msg.sender;
    }
    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }
    function runPlugin(address plugin, bytes calldata data) external {
        (bool ok, ) = plugin.delegatecall(data);
        require(ok, "plugin failed");
    }
}
