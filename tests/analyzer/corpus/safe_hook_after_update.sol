// expect: safe
pragma solidity ^0.8.20;
interface ITokensSender {
    function tokensToSend(address to, uint256 amount) external;
}
/// The ERC777 look-alike: the sender hook runs, but the balance is read and written after it,
/// so a send from inside the hook is just an earlier send.
/// #invariant totalSupply == sum(balanceOf);
contract SafeHookToken {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;
    function buy() external payable {
        balanceOf[msg.sender] += msg.value;
        totalSupply += msg.value;
    }
    function send(address to, uint256 amount) external {
        require(amount > 0, "zero");
        ITokensSender(msg.sender).tokensToSend(to, amount);
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }
}
