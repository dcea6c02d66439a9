// expect: reentrancy cross-contract
pragma solidity ^0.8.20;
/// A vault issues transferable share tokens from a separate token contract and redeems them
/// for ether. Redeeming pays before burning, so the redeemer transfers the shares away in the
/// token contract while the vault is mid-update.
contract ShareToken {
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
    }
    function burnAll(address from) external returns (uint256 burnt) {
        require(msg.sender == minter, "only minter");
        burnt = balanceOf[from];
        balanceOf[from] = 0;
        totalSupply -= burnt;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
contract TokenVault {
    ShareToken public immutable token;
    uint256 private lock = 1;
    constructor(ShareToken t) {
        token = t;
        t.bind();
    }
    function deposit() external payable {
        require(lock == 1, "locked");
        token.mint(msg.sender, msg.value);
    }
    function redeem() external {
        require(lock == 1, "locked");
        lock = 2;
        uint256 s = token.balanceOf(msg.sender);
        require(s > 0, "no shares");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        token.burnAll(msg.sender);
        lock = 1;
    }
}
