// expect: safe
pragma solidity ^0.8.20;
/// Fees go to an immutable treasury set at deployment (the deployer's account) with a
/// low-level call before the books are updated. Only the deployer controls code at that
/// address, so the call cannot hand control to an attacker.
contract FeeCollector {
    address payable public immutable treasury;
    uint256 public collected;
    mapping(address => uint256) public paidBy;
    constructor(address payable t) { treasury = t; }
    function payFee() external payable {
        require(msg.value > 0, "zero");
        (bool ok, ) = treasury.call{value: msg.value}("");
        require(ok, "treasury refused");
        collected += msg.value;
        paidBy[msg.sender] += msg.value;
    }
}
