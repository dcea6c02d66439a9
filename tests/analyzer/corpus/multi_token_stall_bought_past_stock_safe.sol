// expect: safe
// options: defaults
// The safe twin of multi_token_stall_bought_past_stock: buy raises the sold count before it
// sends the items, so a buyer re-entering from the receiver hook finds the listing sold out.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4);
}

contract Herbs {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;

    function gather(uint256 id, uint256 amount) external {
        require(amount <= 20, "too much");
        balanceOf[id][msg.sender] += amount;
    }

    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes calldata data) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender], "not approved");
        balanceOf[id][from] -= amount;
        balanceOf[id][to] += amount;
        if (to.code.length > 0) {
            require(
                IERC1155Receiver(to).onERC1155Received(msg.sender, from, id, amount, data) ==
                    IERC1155Receiver.onERC1155Received.selector,
                "rejected"
            );
        }
    }
}

contract HerbStall {
    struct Listing {
        address seller;
        uint256 herb;
        uint256 stock;
        uint256 sold;
        uint256 unitPrice;
    }

    Herbs public immutable herbs;
    Listing[] public listings;
    mapping(address => uint256) public earnings;

    constructor() {
        herbs = new Herbs();
    }

    function onERC1155Received(address, address, uint256, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC1155Receiver.onERC1155Received.selector;
    }

    function stock(uint256 herb, uint256 amount, uint256 unitPrice) external returns (uint256 id) {
        require(amount > 0, "nothing");
        herbs.safeTransferFrom(msg.sender, address(this), herb, amount, "");
        id = listings.length;
        listings.push(Listing(msg.sender, herb, amount, 0, unitPrice));
    }

    function buy(uint256 id, uint256 amount) external payable {
        Listing storage l = listings[id];
        require(l.sold + amount <= l.stock, "sold out");
        require(msg.value == amount * l.unitPrice, "wrong payment");
        l.sold += amount;
        earnings[l.seller] += msg.value;
        herbs.safeTransferFrom(address(this), msg.sender, l.herb, amount, "");
    }

    function withdrawEarnings() external {
        uint256 amount = earnings[msg.sender];
        earnings[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }
}
