// expect: safe
// options: defaults
// The safe twin of multi_token_consignment_withdrawn_twice: withdraw zeroes the consignment
// before it returns the items, so a seller re-entering from the receiver hook finds it empty.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 value, bytes calldata data)
        external
        returns (bytes4);
}

contract Workshop {
    mapping(address => mapping(uint256 => uint256)) private balances;
    mapping(address => mapping(address => bool)) public isApprovedForAll;

    function craft(uint256 id, uint256 amount) external {
        require(id < 8 && amount <= 50, "too much");
        balances[msg.sender][id] += amount;
    }

    function balanceOf(address owner, uint256 id) external view returns (uint256) {
        return balances[owner][id];
    }

    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
    }

    function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes calldata data) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender], "not approved");
        require(balances[from][id] >= amount, "insufficient");
        balances[from][id] -= amount;
        balances[to][id] += amount;
        if (to.code.length > 0) {
            require(
                IERC1155Receiver(to).onERC1155Received(msg.sender, from, id, amount, data) ==
                    IERC1155Receiver.onERC1155Received.selector,
                "rejected"
            );
        }
    }
}

contract ConsignmentShop {
    struct Consignment {
        address seller;
        uint256 itemId;
        uint256 amount;
        uint256 unitPrice;
    }

    Workshop public immutable workshop;
    Consignment[] public consignments;
    mapping(address => uint256) public proceeds;

    constructor() {
        workshop = new Workshop();
    }

    function onERC1155Received(address, address, uint256, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC1155Receiver.onERC1155Received.selector;
    }

    function consign(uint256 itemId, uint256 amount, uint256 unitPrice) external returns (uint256 id) {
        require(amount > 0, "nothing");
        workshop.safeTransferFrom(msg.sender, address(this), itemId, amount, "");
        id = consignments.length;
        consignments.push(Consignment(msg.sender, itemId, amount, unitPrice));
    }

    function buy(uint256 id, uint256 amount) external payable {
        Consignment storage c = consignments[id];
        require(amount <= c.amount, "sold out");
        require(msg.value == amount * c.unitPrice, "wrong payment");
        c.amount -= amount;
        proceeds[c.seller] += msg.value;
        workshop.safeTransferFrom(address(this), msg.sender, c.itemId, amount, "");
    }

    function withdraw(uint256 id) external {
        Consignment storage c = consignments[id];
        require(c.seller == msg.sender, "not seller");
        require(c.amount > 0, "empty");
        uint256 amount = c.amount;
        c.amount = 0;
        workshop.safeTransferFrom(address(this), msg.sender, c.itemId, amount, "");
    }

    function claimProceeds() external {
        uint256 amount = proceeds[msg.sender];
        proceeds[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }
}
