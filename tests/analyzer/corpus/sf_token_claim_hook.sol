// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IClaimer {
    function onClaim(uint256 amount) external;
}
/// A token drop: each address may claim REWARD tokens once; the claimer is told before the
/// claim is marked, so it can claim again from the callback.
contract TokenDrop {
    uint256 public constant REWARD = 100;
    mapping(address => uint256) public balanceOf;
    mapping(address => bool) public claimed;
    uint256 public totalSupply;
    function claim() external {
        require(!claimed[msg.sender], "claimed");
        balanceOf[msg.sender] += REWARD;
        totalSupply += REWARD;
        IClaimer(msg.sender).onClaim(REWARD);
        claimed[msg.sender] = true;
    }
}
