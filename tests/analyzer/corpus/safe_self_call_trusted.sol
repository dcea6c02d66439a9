// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// An external call to `this` (a trusted self-call) sits between the check and the write;
/// no other account gets control.
contract SelfCaller {
    mapping(address => uint256) public credit;
    uint256 public fees;
    function deposit() external payable { credit[msg.sender] += msg.value; }
    function fee(uint256 amount) external pure returns (uint256) { return amount / 100; }
    function settle() external {
        uint256 c = credit[msg.sender];
        require(c > 0, "none");
        uint256 f = this.fee(c);
        fees += f;
        credit[msg.sender] = c - f;
    }
}
