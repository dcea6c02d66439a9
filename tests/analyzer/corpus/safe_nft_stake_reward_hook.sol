// expect: safe
// contract: PetStaking
// options: defaults
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

contract Pets is ERC721 {
    uint256 public next;
    constructor() ERC721("Pets", "PET") {}
    function mint() external returns (uint256 id) {
        id = ++next;
        _safeMint(msg.sender, id);
    }
}

/// The pet staking of nft_stake_reward_hook.sol with the stake forgotten before the pet and
/// the reward go out (checks-effects-interactions): a claim from the hook finds nothing.
contract PetStaking is IERC721Receiver {
    Pets public immutable pets;
    mapping(uint256 => address) public ownerOf;
    mapping(uint256 => uint256) public since;
    uint256 public constant REWARD_PER_DAY = 0.1 ether;

    constructor(Pets p) payable {
        pets = p;
    }

    function onERC721Received(address, address from, uint256 id, bytes calldata) external returns (bytes4) {
        require(msg.sender == address(pets), "pets only");
        ownerOf[id] = from;
        since[id] = block.timestamp;
        return IERC721Receiver.onERC721Received.selector;
    }

    function reward(uint256 id) public view returns (uint256) {
        if (since[id] == 0) return 0;
        return ((block.timestamp - since[id]) / 1 days) * REWARD_PER_DAY;
    }

    function claim(uint256 id) public {
        require(ownerOf[id] == msg.sender, "not yours");
        uint256 r = reward(id);
        require(r > 0, "nothing");
        since[id] = block.timestamp;
        (bool ok, ) = msg.sender.call{value: r}("");
        require(ok, "pay");
    }

    function unstake(uint256 id) external {
        require(ownerOf[id] == msg.sender, "not yours");
        uint256 r = reward(id);
        delete ownerOf[id];
        delete since[id];
        pets.safeTransferFrom(address(this), msg.sender, id);
        (bool ok, ) = msg.sender.call{value: r}("");
        require(ok, "pay");
    }
}
