// expect: safe
// The guild vault of multi_token_batch_only_vault_withdrawn_twice with its record cleared
// before the items go back: a player that re-enters withdraw from the receiver hook finds
// nothing stored and is refused.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IBatchReceiver {
    function onERC1155BatchReceived(
        address operator,
        address from,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external returns (bytes4);
}

contract GameItems {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;

    function forge(uint256 id, uint256 amount) external {
        require(id < 4 && amount <= 20, "too much");
        balanceOf[id][msg.sender] += amount;
    }

    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
    }

    function safeBatchTransferFrom(
        address from,
        address to,
        uint256[] calldata ids,
        uint256[] calldata values,
        bytes calldata data
    ) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender], "not approved");
        require(ids.length == values.length, "length");
        for (uint256 i = 0; i < ids.length; i++) {
            require(balanceOf[ids[i]][from] >= values[i], "insufficient");
            balanceOf[ids[i]][from] -= values[i];
            balanceOf[ids[i]][to] += values[i];
        }
        if (to.code.length > 0) {
            require(
                IBatchReceiver(to).onERC1155BatchReceived(msg.sender, from, ids, values, data) ==
                    IBatchReceiver.onERC1155BatchReceived.selector,
                "rejected"
            );
        }
    }
}

contract GuildVault {
    GameItems public immutable items;
    mapping(address => mapping(uint256 => uint256)) public stored;

    constructor() {
        items = new GameItems();
    }

    function onERC1155BatchReceived(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
        returns (bytes4)
    {
        return IBatchReceiver.onERC1155BatchReceived.selector;
    }

    function store(uint256 id, uint256 amount) external {
        require(amount > 0, "nothing");
        items.safeBatchTransferFrom(msg.sender, address(this), single(id), single(amount), "");
        stored[msg.sender][id] += amount;
    }

    function withdraw(uint256 id) external {
        uint256 amount = stored[msg.sender][id];
        require(amount > 0, "empty");
        stored[msg.sender][id] = 0;
        items.safeBatchTransferFrom(address(this), msg.sender, single(id), single(amount), "");
    }

    function single(uint256 x) private pure returns (uint256[] memory list) {
        list = new uint256[](1);
        list[0] = x;
    }
}
