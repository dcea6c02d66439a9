// expect: safe
// contract: TokenVault
// txs: 2
pragma solidity ^0.8.20;
/// The vault of tok_wrapped_ether_hook_vault, clearing the balance before it transfers
/// (checks-effects-interactions).
interface IReceiver {
    function onTokens(address from, uint256 amount) external;
}

contract WrappedEther {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    uint256 public totalSupply;

    function deposit() external payable {
        balanceOf[msg.sender] += msg.value;
        totalSupply += msg.value;
    }

    function withdraw(uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
        payable(msg.sender).transfer(amount);
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        move(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        move(from, to, amount);
        return true;
    }

    function move(address from, address to, uint256 amount) internal {
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        if (to.code.length > 0) IReceiver(to).onTokens(from, amount);
    }
}

contract TokenVault {
    WrappedEther public immutable token;
    mapping(address => uint256) public deposited;

    constructor(address tokenAddress) {
        token = WrappedEther(tokenAddress);
    }

    function onTokens(address, uint256) external view {
        require(msg.sender == address(token), "token");
    }

    function deposit(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposited[msg.sender] += amount;
    }

    function withdraw() external {
        uint256 amount = deposited[msg.sender];
        require(amount > 0, "nothing");
        deposited[msg.sender] = 0;
        require(token.transfer(msg.sender, amount), "pay");
    }
}
