// expect: adversary-profit same-function
// options: defaults
// An exchange for the spare parts of an ERC-1155 collection that keeps its balances account
// first, as solmate's ERC1155 does (`balanceOf[owner][id]`): a mechanic deposits parts of any
// kind for credits and redeems credits for parts of any kind the exchange holds. Redeem sends
// the parts before it writes back the credit count it read, so a mechanic that re-enters redeem
// from its receiver hook is sent parts twice for one debit: it ends with more parts than it
// deposited, taken from the honest mechanics' stock.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4);
}

contract Parts {
    mapping(address => mapping(uint256 => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;

    function salvage(uint256 id, uint256 amount) external {
        require(amount <= 10, "too many");
        balanceOf[msg.sender][id] += amount;
    }

    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes calldata data) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender], "not approved");
        balanceOf[from][id] -= amount;
        balanceOf[to][id] += amount;
        if (to.code.length > 0) {
            require(
                IERC1155Receiver(to).onERC1155Received(msg.sender, from, id, amount, data) ==
                    IERC1155Receiver.onERC1155Received.selector,
                "rejected"
            );
        }
    }
}

contract PartsExchange {
    Parts public immutable parts;
    mapping(address => uint256) public credits;

    constructor() {
        parts = new Parts();
    }

    function onERC1155Received(address, address, uint256, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC1155Receiver.onERC1155Received.selector;
    }

    function deposit(uint256 id, uint256 amount) external {
        parts.safeTransferFrom(msg.sender, address(this), id, amount, "");
        credits[msg.sender] += amount;
    }

    function redeem(uint256 id, uint256 amount) external {
        uint256 held = credits[msg.sender];
        require(held >= amount, "not enough credit");
        parts.safeTransferFrom(address(this), msg.sender, id, amount, "");
        credits[msg.sender] = held - amount;
    }
}
