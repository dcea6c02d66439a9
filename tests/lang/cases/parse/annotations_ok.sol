pragma solidity ^0.8.20;

/// @title A bank with invariants
/// #invariant address(this).balance >= sum(balances);
/// #invariant total ==
///     sum(balances);
contract Bank {
    mapping(address => uint256) public balances;
    uint256 public total;

    /// @notice deposit ether
    /// #if_succeeds balances[msg.sender] == old(balances[msg.sender]) + msg.value;
    /// #if_succeeds total == old(total) + msg.value;
    function deposit() public payable {
        balances[msg.sender] += msg.value;
        total += msg.value;
    }
}
