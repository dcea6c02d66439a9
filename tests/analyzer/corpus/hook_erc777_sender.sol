// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface ITokensSender {
    function tokensToSend(address to, uint256 amount) external;
}
/// An ERC777-style token: before moving tokens it calls the sender's `tokensToSend` hook,
/// with the sender's balance already read. A sender who sends again from the hook spends
/// the same balance twice (the imBTC/Uniswap attack shape).
contract HookToken {
    mapping(address => uint256) public balanceOf;
    function buy() external payable { balanceOf[msg.sender] += msg.value; }
    function send(address to, uint256 amount) external {
        uint256 bal = balanceOf[msg.sender];
        require(amount > 0 && bal >= amount, "balance");
        ITokensSender(msg.sender).tokensToSend(to, amount);
        balanceOf[msg.sender] = bal - amount;
        balanceOf[to] += amount;
    }
}
