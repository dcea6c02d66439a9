// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A token whose balances always add up to its supply.
contract Ledger {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;

    function mint(uint256 amount) external {
        require(amount <= 1e30, "too much");
        balanceOf[msg.sender] += amount;
        totalSupply += amount;
    }

    function burn(uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
    }

    function transfer(address to, uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }

    /// Breaks the books: the test must never call it (excluded by selector).
    function corrupt() external {
        if (totalSupply > 0) totalSupply -= 1;
    }
}

/// Breaks the books of the ledger it is given: excluded as a target contract.
contract Saboteur {
    Ledger ledger;

    constructor(Ledger l) {
        ledger = l;
    }

    function sabotage() external {
        ledger.corrupt();
    }
}

contract LedgerInvariantTest is Test {
    Ledger ledger;
    address alice = address(0xA11CE);
    address bob = address(0xB0B);

    function setUp() public {
        ledger = new Ledger();
        Saboteur saboteur = new Saboteur(ledger);
        excludeContract(address(saboteur));
        bytes4[] memory selectors = new bytes4[](3);
        selectors[0] = Ledger.mint.selector;
        selectors[1] = Ledger.burn.selector;
        selectors[2] = Ledger.transfer.selector;
        targetSelector(FuzzSelector({addr: address(ledger), selectors: selectors}));
        targetSender(alice);
        targetSender(bob);
    }

    /// Only alice and bob mint, so their balances are part of the supply.
    function invariant_balancesWithinSupply() public view {
        assertLe(ledger.balanceOf(alice) + ledger.balanceOf(bob), ledger.totalSupply());
    }

    function statefulFuzz_supplyBounded() public view {
        assertLe(ledger.totalSupply(), 2e30 * 1000);
    }
}
