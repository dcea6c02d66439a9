// expect: reentrancy cross-function
pragma solidity ^0.8.20;
interface IUnwrapHook {
    function onUnwrap(uint256 amount) external payable;
}
/// A wrapped-ether token whose `unwrap` is locked and tells the holder through a hook before
/// it burns; `transfer` is not locked, so the holder moves the tokens away from the hook.
contract HookedWrapper {
    mapping(address => uint256) public balanceOf;
    bool private unwrapping;
    function wrap() external payable {
        require(!unwrapping, "busy");
        balanceOf[msg.sender] += msg.value;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
    function unwrap() external {
        require(!unwrapping, "busy");
        unwrapping = true;
        uint256 amount = balanceOf[msg.sender];
        require(amount > 0, "nothing");
        IUnwrapHook(msg.sender).onUnwrap{value: amount}(amount);
        balanceOf[msg.sender] = 0;
        unwrapping = false;
    }
}
