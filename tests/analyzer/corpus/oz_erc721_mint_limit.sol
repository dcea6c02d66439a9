// expect: reentrancy same-function
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// A per-address mint limit on OpenZeppelin's ERC721: `_safeMint` asks a contract receiver for
/// onERC721Received before the count is updated, so a receiver that mints again from its hook
/// gets past the limit (the bug class of several NFT drops). The adversary answers the hook
/// with its selector, as a real receiver must.

import "@openzeppelin/contracts/token/ERC721/ERC721.sol";

contract LimitedDrop is ERC721 {
    uint256 public nextId;
    mapping(address => uint256) public minted;

    constructor() ERC721("Limited", "LTD") {}

    function mint() external {
        require(minted[msg.sender] < 2, "limit");
        uint256 id = nextId++;
        _safeMint(msg.sender, id);
        minted[msg.sender] += 1;
    }
}
