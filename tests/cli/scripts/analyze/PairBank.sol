// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// A reentrant bank whose constructor rejects the first arguments one would choose (two equal
/// addresses): the analysis must deploy it with other ones, not report it clean.
/// #invariant address(this).balance >= sum(balances);
contract PairBank {
    address public owner;
    address public auditor;
    mapping(address => uint256) public balances;

    constructor(address owner_, address auditor_) {
        require(owner_ != auditor_, "owner and auditor must differ");
        owner = owner_;
        auditor = auditor_;
    }

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
}
