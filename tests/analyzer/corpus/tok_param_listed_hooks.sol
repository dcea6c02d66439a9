// expect: adversary-profit
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// A bank of any token, named by address (the imBTC/Uniswap-v1 pattern): nothing about the
/// bank is attacker code, but a listed token with ERC-777 transfer hooks calls its holders on
/// every transfer. The honest users deposit that token; withdraw pays before it books, so the
/// adversary's tokensReceived hook withdraws again and is paid twice out of their deposits.
contract AnyTokenBank {
    mapping(address => mapping(address => uint256)) public balanceOf;
    event Deposit(address indexed token, address indexed who, uint256 amount);
    function deposit(address token, uint256 amount) external {
        require(IERC20(token).transferFrom(msg.sender, address(this), amount), "pull failed");
        balanceOf[token][msg.sender] += amount;
        emit Deposit(token, msg.sender, amount);
    }
    function withdraw(address token) external {
        uint256 amount = balanceOf[token][msg.sender];
        require(IERC20(token).transfer(msg.sender, amount), "push failed");
        balanceOf[token][msg.sender] = 0;
    }
}
