// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A vault that pays before it updates its books: withdraw() can be re-entered from the
/// ether transfer, paying the same balance twice.
contract Vault {
    mapping(address => uint256) public balances;
    uint256 public totalDeposits;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        totalDeposits -= balances[msg.sender];
        balances[msg.sender] = 0;
    }
}

contract VaultInvariantTest is Test {
    Vault vault;

    function setUp() public {
        vault = new Vault();
    }

    /// The vault holds at least what it owes.
    function invariant_solvent() public view {
        assertGe(address(vault).balance, vault.totalDeposits(), "vault is insolvent");
    }
}
