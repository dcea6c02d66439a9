// expect: adversary-profit
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// A savings pool of a token at a fixed mainnet address (a constant in the source, which
/// nobody vouched for with --trust): the world places a hooked ERC-777-style token there,
/// held by the adversary and the honest users. withdraw pays before it books, so the
/// recipient's tokensReceived hook withdraws again, paid twice out of the other savers'
/// tokens (the imBTC pattern with the token at a literal address).
contract LiteralTokenPool {
    IERC20 constant TOKEN = IERC20(0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48);
    mapping(address => uint256) public saved;
    function save(uint256 amount) external {
        require(TOKEN.transferFrom(msg.sender, address(this), amount), "pull");
        saved[msg.sender] += amount;
    }
    function withdraw() external {
        uint256 amount = saved[msg.sender];
        require(amount > 0, "nothing");
        require(TOKEN.transfer(msg.sender, amount), "push");
        saved[msg.sender] = 0;
    }
}
