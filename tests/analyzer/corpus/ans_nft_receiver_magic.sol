// expect: reentrancy same-function
// contract: WhitelistNFT
pragma solidity ^0.8.20;
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes memory data)
        external
        returns (bytes4);
}
/// A free one-per-address ERC-721-style mint with the standard safe-mint check: the receiver must
/// answer `onERC721Received` with the ERC-721 magic value, or the mint reverts. The claim is
/// booked only after the hook, so a receiver that answers correctly mints again from it.
contract WhitelistNFT {
    bytes4 private constant ERC721_RECEIVED =
        bytes4(keccak256("onERC721Received(address,address,uint256,bytes)"));
    uint256 public nextId = 1;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(address => bool) public claimed;
    function mint() external {
        require(!claimed[msg.sender], "one per address");
        uint256 id = nextId;
        nextId = id + 1;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
        bytes4 answer = IERC721Receiver(msg.sender).onERC721Received(msg.sender, address(0), id, "");
        require(answer == ERC721_RECEIVED, "not a receiver");
        claimed[msg.sender] = true;
    }
}
