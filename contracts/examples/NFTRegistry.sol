// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice What a contract must implement to receive items through `safeTransferFrom`.
interface IItemReceiver {
    function onItemReceived(address operator, address from, uint256 id, bytes memory data) external returns (bytes4);
}

/// @title NFTRegistry: ERC721-style ownership of unique items, mapping-based
/// @notice The minter creates items with sequential ids; owners transfer them, approve one
/// spender per item or an operator for all their items. `safeTransferFrom` checks that a
/// receiving contract implements IItemReceiver (and hands it control: the registry's state is
/// final before that call). Metadata is a bytes32 content hash per item.
contract NFTRegistry {
    /// @notice Who may mint.
    address public immutable minter;
    /// @notice Next id to mint (ids start at 1).
    uint256 public nextId = 1;
    /// @notice Owner of each item (zero if it does not exist).
    mapping(uint256 => address) public ownerOf;
    /// @notice Number of items of each owner.
    mapping(address => uint256) public balanceOf;
    /// @notice Approved spender of each item.
    mapping(uint256 => address) public getApproved;
    /// @notice isApprovedForAll[owner][operator].
    mapping(address => mapping(address => bool)) public isApprovedForAll;
    /// @notice Content hash of each item's metadata.
    mapping(uint256 => bytes32) public contentHash;

    event Transfer(address indexed from, address indexed to, uint256 indexed id);
    event Approval(address indexed owner, address indexed spender, uint256 indexed id);
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);

    error NotAuthorized(address caller, uint256 id);
    error NonexistentItem(uint256 id);
    error UnsafeRecipient(address to);

    constructor() {
        minter = msg.sender;
    }

    /// @notice Mints a new item to `to` with metadata hash `hash`.
    function mint(address to, bytes32 hash) external returns (uint256 id) {
        require(msg.sender == minter, "not minter");
        require(to != address(0), "mint to zero");
        id = nextId++;
        ownerOf[id] = to;
        balanceOf[to]++;
        contentHash[id] = hash;
        emit Transfer(address(0), to, id);
    }

    /// @notice Approves `spender` for item `id`.
    function approve(address spender, uint256 id) external {
        address owner = ownerOf[id];
        if (msg.sender != owner && !isApprovedForAll[owner][msg.sender]) revert NotAuthorized(msg.sender, id);
        getApproved[id] = spender;
        emit Approval(owner, spender, id);
    }

    /// @notice Approves or revokes `operator` for all the caller's items.
    function setApprovalForAll(address operator, bool approved) external {
        isApprovedForAll[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    /// @notice Moves item `id` from `from` to `to`.
    function transferFrom(address from, address to, uint256 id) public {
        address owner = ownerOf[id];
        if (owner == address(0)) revert NonexistentItem(id);
        require(from == owner, "wrong from");
        require(to != address(0), "transfer to zero");
        bool allowed = msg.sender == owner || isApprovedForAll[owner][msg.sender] || msg.sender == getApproved[id];
        if (!allowed) revert NotAuthorized(msg.sender, id);
        unchecked {
            balanceOf[from]--;
            balanceOf[to]++;
        }
        ownerOf[id] = to;
        delete getApproved[id];
        emit Transfer(from, to, id);
    }

    /// @notice Like transferFrom, but a contract recipient must accept the item.
    function safeTransferFrom(address from, address to, uint256 id, bytes memory data) public {
        transferFrom(from, to, id);
        if (to.code.length > 0) {
            bytes4 answer = IItemReceiver(to).onItemReceived(msg.sender, from, id, data);
            if (answer != IItemReceiver.onItemReceived.selector) revert UnsafeRecipient(to);
        }
    }

    /// @notice Burns item `id` (owner only).
    function burn(uint256 id) external {
        address owner = ownerOf[id];
        if (msg.sender != owner) revert NotAuthorized(msg.sender, id);
        balanceOf[owner]--;
        delete ownerOf[id];
        delete getApproved[id];
        delete contentHash[id];
        emit Transfer(owner, address(0), id);
    }
}
