// expect: safe
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// The same bank of any token, booking before it pays (checks-effects-interactions): a
/// hooked token's re-entrant withdraw finds the balance already zero and pays nothing.
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
        balanceOf[token][msg.sender] = 0;
        require(IERC20(token).transfer(msg.sender, amount), "push failed");
    }
}
