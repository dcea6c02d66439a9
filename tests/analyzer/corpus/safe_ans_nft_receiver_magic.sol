// expect: safe
// callback-freedom: proved
// contract: CheckedWhitelistNFT
pragma solidity ^0.8.20;
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes memory data)
        external
        returns (bytes4);
}
/// The same mint with the claim booked before the hook (checks-effects-interactions): a
/// receiver that answers the magic value and mints again from the hook is refused.
contract CheckedWhitelistNFT {
    bytes4 private constant ERC721_RECEIVED =
        bytes4(keccak256("onERC721Received(address,address,uint256,bytes)"));
    uint256 public nextId = 1;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(address => bool) public claimed;
    function mint() external {
        require(!claimed[msg.sender], "one per address");
        claimed[msg.sender] = true;
        uint256 id = nextId;
        nextId = id + 1;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
        bytes4 answer = IERC721Receiver(msg.sender).onERC721Received(msg.sender, address(0), id, "");
        require(answer == ERC721_RECEIVED, "not a receiver");
    }
}
