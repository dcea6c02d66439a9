// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./Escrow.sol";

/// @title EscrowFactory: opens funded Escrow contracts for buyers
/// @notice A buyer calls `open` with the payment; the factory deploys a new Escrow with
/// `new Escrow{value: msg.value}(...)`, the buyer as buyer and the factory's arbiter. Every
/// escrow is listed, by buyer and globally.
contract EscrowFactory {
    /// @notice The arbiter of every escrow opened here.
    address payable public immutable arbiter;
    /// @notice Default time before a seller may claim.
    uint256 public constant DEFAULT_TIMEOUT = 14 days;

    /// @notice All escrows, in creation order.
    Escrow[] public escrows;
    /// @notice Escrows opened by each buyer.
    mapping(address => address[]) public escrowsOf;

    event Opened(address indexed buyer, address indexed seller, address escrow, uint256 amount);

    constructor(address payable arbiter_) {
        arbiter = arbiter_;
    }

    /// @notice Opens an escrow paying `seller`, funded with the ether sent.
    function open(address payable seller) external payable returns (address) {
        return openWithTimeout(seller, DEFAULT_TIMEOUT);
    }

    /// @notice Opens an escrow with a custom timeout, in seconds (at least a day).
    function openWithTimeout(address payable seller, uint256 timeout) public payable returns (address) {
        require(timeout >= 1 days, "timeout too short");
        Escrow e = new Escrow{value: msg.value}(payable(msg.sender), seller, arbiter, timeout);
        escrows.push(e);
        escrowsOf[msg.sender].push(address(e));
        emit Opened(msg.sender, seller, address(e), msg.value);
        return address(e);
    }

    /// @notice Number of escrows opened.
    function count() external view returns (uint256) {
        return escrows.length;
    }

    /// @notice Number of escrows of `buyer` still waiting for delivery.
    function openCount(address buyer) external view returns (uint256 n) {
        address[] storage list = escrowsOf[buyer];
        for (uint256 i = 0; i < list.length; i++) {
            if (Escrow(list[i]).state() == Escrow.State.AwaitingDelivery) n++;
        }
    }
}
