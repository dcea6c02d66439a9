// expect: adversary-profit
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// A vault of any token its callers name (the token is a parameter, not fixed at deployment),
/// with one ledger per token. The token the constructor lists as its first market is nobody's
/// vouched-for address, so the world places a hooked ERC-777-style token there that the
/// honest users deposit. withdraw pays before it books: the adversary names that token, and
/// its tokensReceived hook withdraws again, paid twice out of the honest deposits.
contract MultiVault {
    IERC20 public immutable listed;
    mapping(IERC20 => mapping(address => uint256)) public balances;
    constructor(IERC20 first) { listed = first; }
    function deposit(IERC20 token, uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        balances[token][msg.sender] += amount;
    }
    function withdraw(IERC20 token) external {
        uint256 amount = balances[token][msg.sender];
        require(amount > 0, "nothing");
        require(token.transfer(msg.sender, amount), "push");
        balances[token][msg.sender] = 0;
    }
}
