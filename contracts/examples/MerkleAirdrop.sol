// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title MerkleAirdrop: ether claims proven against a Merkle root, tracked in a bitmap
/// @notice The deployer funds the airdrop and fixes the Merkle root of the leaves
/// keccak256(abi.encodePacked(index, account, amount)). A claimant proves her leaf with the
/// sibling hashes (pairs hashed in sorted order). Claimed indexes are bits in a
/// mapping(uint256 => uint256): word index >> 8, bit index & 0xff. After the deadline the
/// owner sweeps what is left.
contract MerkleAirdrop {
    /// @notice The Merkle root of all (index, account, amount) leaves.
    bytes32 public immutable merkleRoot;
    /// @notice Who may sweep after the deadline.
    address payable public immutable owner;
    /// @notice End of the claim period.
    uint256 public immutable deadline;
    /// @notice 256 claimed flags per word.
    mapping(uint256 => uint256) private claimedBitMap;

    event Claimed(uint256 index, address indexed account, uint256 amount);
    event Swept(uint256 amount);

    error AlreadyClaimed(uint256 index);
    error InvalidProof();
    error ClaimPeriodOver();

    /// @param root the Merkle root
    /// @param claimDays length of the claim period, in days
    constructor(bytes32 root, uint256 claimDays) payable {
        merkleRoot = root;
        owner = payable(msg.sender);
        deadline = block.timestamp + claimDays * 1 days;
    }

    /// @notice True if leaf `index` was claimed.
    function isClaimed(uint256 index) public view returns (bool) {
        uint256 word = claimedBitMap[index >> 8];
        uint256 mask = 1 << (index & 0xff);
        return word & mask == mask;
    }

    function _setClaimed(uint256 index) private {
        claimedBitMap[index >> 8] |= 1 << (index & 0xff);
    }

    /// @notice The leaf hash of a claim.
    function leaf(uint256 index, address account, uint256 amount) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(index, account, amount));
    }

    /// @notice Recomputes the root from `node` and its proof.
    function processProof(bytes32[] memory proof, bytes32 node) public pure returns (bytes32 computed) {
        computed = node;
        for (uint256 i = 0; i < proof.length; i++) {
            bytes32 sibling = proof[i];
            computed = computed < sibling
                ? keccak256(abi.encodePacked(computed, sibling))
                : keccak256(abi.encodePacked(sibling, computed));
        }
    }

    /// @notice Claims `amount` for `account` (anyone may submit the claim for her).
    function claim(uint256 index, address payable account, uint256 amount, bytes32[] memory proof) external {
        if (block.timestamp > deadline) revert ClaimPeriodOver();
        if (isClaimed(index)) revert AlreadyClaimed(index);
        if (processProof(proof, leaf(index, account, amount)) != merkleRoot) revert InvalidProof();
        _setClaimed(index);
        emit Claimed(index, account, amount);
        account.transfer(amount);
    }

    /// @notice The owner takes back what was not claimed in time.
    function sweep() external {
        require(msg.sender == owner, "not owner");
        require(block.timestamp > deadline, "claims still open");
        uint256 amount = address(this).balance;
        emit Swept(amount);
        owner.transfer(amount);
    }
}
