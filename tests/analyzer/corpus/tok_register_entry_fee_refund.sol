// expect: adversary-profit same-function
pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
/// A league paid in a game token (an ERC-777-style token calls the recipient's hook): players
/// register by paying a fixed entry fee, pulled with `transferFrom` by a function that takes
/// no amount, and withdraw it while the season has not started. The refund pays before the
/// entry is cleared: the adversary's hook re-enters it and takes the honest players' fees.
contract League {
    IERC20 public immutable token;
    uint256 public immutable fee;
    mapping(address => uint256) public entry;
    uint256 public players;

    constructor(IERC20 _token, uint256 _fee) {
        require(_fee > 0, "fee");
        token = _token;
        fee = _fee;
    }

    function register() external {
        require(entry[msg.sender] == 0, "registered");
        require(token.transferFrom(msg.sender, address(this), fee), "pay");
        entry[msg.sender] = fee;
        players += 1;
    }

    function withdrawEntry() external {
        uint256 amount = entry[msg.sender];
        require(amount > 0, "not registered");
        require(token.transfer(msg.sender, amount), "transfer");
        entry[msg.sender] = 0;
        players -= 1;
    }
}
