// expect: safe
pragma solidity ^0.8.20;
interface IHook {
    function onClaim(address account, uint256 amount) external;
}
/// The look-alike of dep_literal_hook: the claim is booked before the hook is notified.
contract Rewards {
    IHook constant HOOK = IHook(0x00000000000000000000000000000000DeaDBeef);
    mapping(address => uint256) public rewards;
    function fund() external payable { rewards[msg.sender] += msg.value; }
    function claimFor(address account) external {
        uint256 amount = rewards[account];
        require(amount > 0, "nothing");
        rewards[account] = 0;
        HOOK.onClaim(account, amount);
        payable(account).transfer(amount);
    }
}
