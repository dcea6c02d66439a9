// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IReceiverHook {
    function onTokenReceived(address from, uint256 amount) external;
}
/// A token that tells every recipient of a mint through a hook, and an airdrop that mints
/// through it before marking the claim: the claimant claims again from the token's hook.
contract HookedToken {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;
    address public minter;
    function bind() external {
        require(minter == address(0), "bound");
        minter = msg.sender;
    }
    function mint(address to, uint256 amount) external {
        require(msg.sender == minter, "only minter");
        balanceOf[to] += amount;
        totalSupply += amount;
        if (to.code.length > 0) IReceiverHook(to).onTokenReceived(address(0), amount);
    }
}
contract Airdrop {
    HookedToken public immutable token;
    mapping(address => bool) public claimed;
    constructor(HookedToken t) {
        token = t;
        t.bind();
    }
    function claim() external {
        require(!claimed[msg.sender], "claimed");
        token.mint(msg.sender, 50);
        claimed[msg.sender] = true;
    }
}
