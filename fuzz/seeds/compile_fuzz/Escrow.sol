// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Escrow: a buyer's payment held until delivery, with an arbiter for disputes
/// @notice The buyer funds the escrow at deployment. The buyer confirms delivery (the seller
/// is paid) or either party raises a dispute, which the arbiter settles by splitting the
/// funds. After the deadline without a dispute, the seller may claim. The arbiter earns a
/// fee only on disputes.
contract Escrow {
    enum State {
        AwaitingDelivery,
        Disputed,
        Complete,
        Refunded
    }

    address payable public immutable buyer;
    address payable public immutable seller;
    address payable public immutable arbiter;
    /// @notice Amount held, in wei.
    uint256 public immutable amount;
    /// @notice Time after which the seller may claim without the buyer's confirmation.
    uint256 public immutable deadline;
    /// @notice Arbiter's fee on disputes, in basis points.
    uint256 public constant ARBITER_FEE_BPS = 100;

    /// @notice Where the escrow stands.
    State public state;

    event Delivered(uint256 amount);
    event Disputed(address indexed by);
    event Resolved(uint256 toBuyer, uint256 toSeller, uint256 fee);

    error InvalidState(State expected, State actual);
    error Unauthorized(address caller);

    modifier inState(State expected) {
        if (state != expected) revert InvalidState(expected, state);
        _;
    }

    modifier onlyParty() {
        if (msg.sender != buyer && msg.sender != seller) revert Unauthorized(msg.sender);
        _;
    }

    /// @param buyer_ who pays (and may be the deployer or a factory's caller)
    /// @param seller_ who delivers
    /// @param arbiter_ who settles disputes
    /// @param timeout seconds until the seller may claim without confirmation
    constructor(address payable buyer_, address payable seller_, address payable arbiter_, uint256 timeout) payable {
        require(msg.value > 0, "fund the escrow");
        require(seller_ != buyer_ && arbiter_ != buyer_ && arbiter_ != seller_, "distinct parties");
        buyer = buyer_;
        seller = seller_;
        arbiter = arbiter_;
        amount = msg.value;
        deadline = block.timestamp + timeout;
    }

    /// @notice The buyer confirms delivery; the seller is paid.
    function confirmDelivery() external inState(State.AwaitingDelivery) {
        if (msg.sender != buyer) revert Unauthorized(msg.sender);
        state = State.Complete;
        emit Delivered(amount);
        seller.transfer(address(this).balance);
    }

    /// @notice The seller claims after the deadline if nobody disputed.
    function claimAfterDeadline() external inState(State.AwaitingDelivery) {
        if (msg.sender != seller) revert Unauthorized(msg.sender);
        require(block.timestamp > deadline, "too early");
        state = State.Complete;
        emit Delivered(amount);
        seller.transfer(address(this).balance);
    }

    /// @notice Buyer or seller raises a dispute.
    function dispute() external onlyParty inState(State.AwaitingDelivery) {
        state = State.Disputed;
        emit Disputed(msg.sender);
    }

    /// @notice The arbiter settles: `buyerPercent` of the funds (after the fee) go back to the buyer.
    function resolve(uint8 buyerPercent) external inState(State.Disputed) {
        if (msg.sender != arbiter) revert Unauthorized(msg.sender);
        require(buyerPercent <= 100, "percent");
        uint256 fee = (amount * ARBITER_FEE_BPS) / 10_000;
        uint256 rest = address(this).balance - fee;
        uint256 toBuyer = (rest * buyerPercent) / 100;
        uint256 toSeller = rest - toBuyer;
        state = toBuyer == rest ? State.Refunded : State.Complete;
        emit Resolved(toBuyer, toSeller, fee);
        arbiter.transfer(fee);
        if (toBuyer > 0) buyer.transfer(toBuyer);
        if (toSeller > 0) seller.transfer(toSeller);
    }
}
