// expect: safe
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// The same drop with the count updated before `_safeMint` calls the receiver's hook: minting
/// again from the hook hits the limit.

import "@openzeppelin/contracts/token/ERC721/ERC721.sol";

contract LimitedDropSafe is ERC721 {
    uint256 public nextId;
    mapping(address => uint256) public minted;

    constructor() ERC721("Limited", "LTD") {}

    function mint() external {
        require(minted[msg.sender] < 2, "limit");
        uint256 id = nextId++;
        minted[msg.sender] += 1;
        _safeMint(msg.sender, id);
    }
}
