// expect: safe
// contract: GemStaking
// txs: 3
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/token/ERC20/ERC20.sol";
/// The look-alike of tok_system_stake_payout: the stake is cleared before the gems and the
/// reward are paid.
contract Gem is ERC20 {
    constructor() ERC20("Gem", "GEM") {
        _mint(msg.sender, 1_000_000 ether);
    }
}
contract GemStaking {
    Gem public immutable gem;
    address public immutable owner;
    mapping(address => uint256) public staked;
    uint256 public totalStaked;

    constructor(Gem g) {
        gem = g;
        owner = msg.sender;
    }

    function fund() external payable {
        require(msg.sender == owner, "owner");
    }

    function stake(uint256 amount) external {
        require(amount > 0, "zero");
        gem.transferFrom(msg.sender, address(this), amount);
        staked[msg.sender] += amount;
        totalStaked += amount;
    }

    function unstake() external {
        uint256 amount = staked[msg.sender];
        require(amount > 0, "nothing staked");
        uint256 reward = (address(this).balance * amount) / totalStaked;
        staked[msg.sender] = 0;
        totalStaked -= amount;
        gem.transfer(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: reward}("");
        require(ok, "reward failed");
    }
}
