// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IHook {
    function onClaim(address account, uint256 amount) external;
}
/// Rewards notify a hook at a constant address before the claim is booked. Nothing vouches
/// for the code at that address: if it is hostile it claims the same reward again.
contract Rewards {
    IHook constant HOOK = IHook(0x00000000000000000000000000000000DeaDBeef);
    mapping(address => uint256) public rewards;
    function fund() external payable { rewards[msg.sender] += msg.value; }
    function claimFor(address account) external {
        uint256 amount = rewards[account];
        require(amount > 0, "nothing");
        HOOK.onClaim(account, amount);
        rewards[account] = 0;
        payable(account).transfer(amount);
    }
}
