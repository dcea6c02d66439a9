// expect: reentrancy same-function
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// A one-per-address claim on OpenZeppelin's ERC1155: `_mint` calls the receiver's
/// onERC1155Received before the claim is recorded, so a receiver that claims again from its
/// hook gets several. The adversary answers the hook with its selector.

import "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";

contract ClaimOnce is ERC1155 {
    mapping(address => bool) public claimed;

    constructor() ERC1155("") {}

    function claim() external {
        require(!claimed[msg.sender], "claimed");
        _mint(msg.sender, 1, 1, "");
        claimed[msg.sender] = true;
    }
}
