// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title HashTimeLock: hashed time-locked ether transfers (HTLC), as used by atomic swaps
/// @notice A sender locks ether for a receiver under a hashlock sha256(preimage) and a
/// timelock. The receiver withdraws by revealing the preimage before the timelock; after it,
/// the sender takes the ether back. sha256 (not keccak256) makes the same hashlock usable
/// on Bitcoin-style chains on the other side of the swap.
/// #invariant address(this).balance >= totalLocked;
contract HashTimeLock {
    struct Lock {
        address payable sender;
        address payable receiver;
        uint256 amount;
        bytes32 hashlock;
        uint64 timelock;
        bool withdrawn;
        bool refunded;
    }

    /// @notice Locks by id.
    mapping(bytes32 => Lock) public locks;
    /// @notice The revealed preimage of each withdrawn lock (the other chain needs it).
    mapping(bytes32 => bytes32) public preimages;
    /// @notice Ether in open locks.
    uint256 public totalLocked;

    event Locked(bytes32 indexed id, address indexed sender, address indexed receiver, uint256 amount, bytes32 hashlock, uint64 timelock);
    event Withdrawn(bytes32 indexed id, bytes32 preimage);
    event Refunded(bytes32 indexed id);

    error LockExists(bytes32 id);
    error NoLock(bytes32 id);
    error WrongPreimage();
    error TimelockNotPassed(uint64 timelock);
    error TimelockPassed(uint64 timelock);
    error AlreadySettled(bytes32 id);

    /// @notice Locks the ether sent for `receiver` until `timelock`.
    function lock(address payable receiver, bytes32 hashlock, uint64 timelock) external payable returns (bytes32 id) {
        require(msg.value > 0, "nothing to lock");
        require(timelock > block.timestamp + 1 hours, "timelock too close");
        id = keccak256(abi.encodePacked(msg.sender, receiver, msg.value, hashlock, timelock));
        if (locks[id].sender != address(0)) revert LockExists(id);
        locks[id] = Lock(payable(msg.sender), receiver, msg.value, hashlock, timelock, false, false);
        totalLocked += msg.value;
        emit Locked(id, msg.sender, receiver, msg.value, hashlock, timelock);
    }

    /// @notice The hashlock of `preimage`.
    function hashOf(bytes32 preimage) public pure returns (bytes32) {
        return sha256(abi.encodePacked(preimage));
    }

    /// @notice The receiver takes the ether by revealing the preimage.
    function withdraw(bytes32 id, bytes32 preimage) external {
        Lock storage l = locks[id];
        if (l.sender == address(0)) revert NoLock(id);
        if (l.withdrawn || l.refunded) revert AlreadySettled(id);
        if (block.timestamp >= l.timelock) revert TimelockPassed(l.timelock);
        if (hashOf(preimage) != l.hashlock) revert WrongPreimage();
        l.withdrawn = true;
        preimages[id] = preimage;
        totalLocked -= l.amount;
        emit Withdrawn(id, preimage);
        l.receiver.transfer(l.amount);
    }

    /// @notice The sender takes the ether back after the timelock.
    function refund(bytes32 id) external {
        Lock storage l = locks[id];
        if (l.sender == address(0)) revert NoLock(id);
        if (l.withdrawn || l.refunded) revert AlreadySettled(id);
        if (block.timestamp < l.timelock) revert TimelockNotPassed(l.timelock);
        l.refunded = true;
        totalLocked -= l.amount;
        emit Refunded(id);
        l.sender.transfer(l.amount);
    }
}
