// expect: reentrancy same-function
// contract: GemStaking
// txs: 3
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/token/ERC20/ERC20.sol";
/// The system's own token, minted to the deployer, who hands it out at launch; stakers
/// approve the staking contract and stake. Unstaking returns the gems and pays the ether
/// reward before it clears the stake, so a re-entrant unstake returns the gems twice, out
/// of the honest stakers' gems.
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
        gem.transfer(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: reward}("");
        require(ok, "reward failed");
        staked[msg.sender] = 0;
        totalStaked -= amount;
    }
}
