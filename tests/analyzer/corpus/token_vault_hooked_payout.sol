// expect: adversary-profit
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// A vault of a token nobody vouches for (a constructor argument): the world places a
/// standard ERC-777-style token there, held by the adversary and the honest users. withdraw
/// pays out before it books, so the recipient's tokensReceived hook withdraws again and is
/// paid twice out of the other depositors' tokens. No ether moves: the harm lives only in
/// the token's ledger.
contract TokenVault {
    IERC20 public immutable token;
    mapping(address => uint256) public deposits;
    uint256 public total;
    constructor(IERC20 t) { token = t; }
    function deposit(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposits[msg.sender] += amount;
        total += amount;
    }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        require(token.transfer(msg.sender, amount), "push");
        deposits[msg.sender] = 0;
        total -= amount;
    }
}
