// expect: reentrancy same-function
// contract: TokenVault
// txs: 2
pragma solidity ^0.8.20;
/// Wrapped ether whose transfers tell a contract recipient (an ERC-777 style hook), and a
/// vault for it, given the token's address. Nobody mints the token: holders wrap their own
/// ether (`deposit`), as users of WETH do, and the attack contract arrives holding some. The
/// vault's withdrawal transfers the tokens before it clears the balance, and the transfer
/// calls the withdrawer back: a re-entrant withdrawal is paid again, out of the other
/// depositors' tokens.
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
        require(token.transfer(msg.sender, amount), "pay");
        deposited[msg.sender] = 0;
    }
}
