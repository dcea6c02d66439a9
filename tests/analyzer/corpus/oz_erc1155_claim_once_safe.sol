// expect: safe
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// The same claim recorded before `_mint` calls the receiver's hook: claiming again from the
/// hook fails.

import "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";

contract ClaimOnceSafe is ERC1155 {
    mapping(address => bool) public claimed;

    constructor() ERC1155("") {}

    function claim() external {
        require(!claimed[msg.sender], "claimed");
        claimed[msg.sender] = true;
        _mint(msg.sender, 1, 1, "");
    }
}
