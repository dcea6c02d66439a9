// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
interface IUnwrapHook {
    function onUnwrap(uint256 amount) external payable;
}
/// The hooked wrapper with its lock on every entry point that moves balances: the hook runs
/// before the burn, but nothing can move the tokens meanwhile.
contract GuardedWrapper {
    mapping(address => uint256) public balanceOf;
    bool private busy;
    modifier locked() {
        require(!busy, "busy");
        busy = true;
        _;
        busy = false;
    }
    function wrap() external payable locked { balanceOf[msg.sender] += msg.value; }
    function transfer(address to, uint256 amount) external locked returns (bool) {
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
    function unwrap() external locked {
        uint256 amount = balanceOf[msg.sender];
        require(amount > 0, "nothing");
        IUnwrapHook(msg.sender).onUnwrap{value: amount}(amount);
        balanceOf[msg.sender] = 0;
    }
}
