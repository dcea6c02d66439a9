// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Every function is the keeper's, and the keeper is a constructor argument: left to Mallory,
/// the argument is an untrusted account that never sends a transaction, so nothing runs; the
/// analysis then gives the role to the deployer, as --trust _keeper does, and reports the
/// assumption in an `assumed:` line.
contract KeeperVault {
    address public keeper;
    uint256 public reserve;

    constructor(address _keeper) {
        require(_keeper != address(0), "no keeper");
        keeper = _keeper;
    }

    modifier onlyKeeper() {
        require(msg.sender == keeper, "keeper only");
        _;
    }

    function fund() external payable onlyKeeper {
        reserve += msg.value;
    }

    function pay(address to, uint256 amount) external onlyKeeper {
        reserve -= amount;
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "payment failed");
    }
}
