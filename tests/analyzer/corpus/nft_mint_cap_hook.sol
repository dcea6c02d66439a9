// expect: adversary-profit same-function
pragma solidity ^0.8.20;
/// A capped NFT sale (the HypeBears shape): the per-wallet cap is checked before the safe
/// mints and booked after them, so a holder re-entering from onERC721Received mints past the
/// cap. The sale's own `balanceOf` ledger is value: the adversary paid for every token, and
/// gained more than any order of the same calls without re-entry gives.

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
        for (uint256 i = 0; i < n; i++) {
            totalSupply += 1;
            _safeMint(msg.sender, totalSupply);
        }
        mintedBy[msg.sender] += n;
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
