// expect: safe
pragma solidity ^0.8.20;
/// The look-alike of nft_mint_cap_hook: the cap is booked before the safe mints.

interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data) external returns (bytes4);
}

contract CappedNFT {
    uint256 public constant MAX_PER_WALLET = 2;
    uint256 public constant PRICE = 0.1 ether;
    uint256 public totalSupply;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(address => uint256) public mintedBy;

    function mint(uint256 n) external payable {
        require(n > 0 && mintedBy[msg.sender] + n <= MAX_PER_WALLET, "cap");
        require(msg.value == n * PRICE, "price");
        mintedBy[msg.sender] += n;
        for (uint256 i = 0; i < n; i++) {
            totalSupply += 1;
            _safeMint(msg.sender, totalSupply);
        }
    }

    function _safeMint(address to, uint256 id) internal {
        ownerOf[id] = to;
        balanceOf[to] += 1;
        if (to.code.length > 0) {
            bytes4 r = IERC721Receiver(to).onERC721Received(msg.sender, address(0), id, "");
            require(r == IERC721Receiver.onERC721Received.selector, "receiver");
        }
    }
}
