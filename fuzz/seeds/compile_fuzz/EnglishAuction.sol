// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title EnglishAuction: an open ascending-price auction with pull refunds
/// @notice Bidders outbid each other by at least MIN_INCREMENT_BPS; outbid amounts are kept
/// for the bidder to withdraw (pull payments, never pushed). A bid in the last 10 minutes
/// extends the auction by 10 minutes. The seller ends the auction and receives the winning bid.
/// #invariant address(this).balance >= sum(pendingReturns);
contract EnglishAuction {
    enum Phase {
        Bidding,
        Ended
    }

    /// @notice Minimum raise over the highest bid, in basis points.
    uint256 public constant MIN_INCREMENT_BPS = 500;
    uint256 public constant EXTENSION = 10 minutes;

    /// @notice Who receives the proceeds.
    address payable public immutable seller;
    /// @notice Lowest acceptable first bid.
    uint256 public immutable reservePrice;
    /// @notice When bidding closes (may be extended).
    uint256 public endTime;
    /// @notice Current phase.
    Phase public phase;

    /// @notice Highest bidder so far.
    address public highestBidder;
    /// @notice Highest bid so far, in wei.
    uint256 public highestBid;
    /// @notice Outbid amounts waiting to be withdrawn.
    mapping(address => uint256) public pendingReturns;

    event HighestBidIncreased(address indexed bidder, uint256 amount, uint256 endTime);
    event AuctionEnded(address indexed winner, uint256 amount);

    error AuctionAlreadyEnded();
    error AuctionNotYetEnded(uint256 endTime);
    error BidTooLow(uint256 minimum);

    /// @param biddingTime duration of the auction in seconds
    /// @param reserve lowest acceptable first bid in wei
    constructor(uint256 biddingTime, uint256 reserve) {
        seller = payable(msg.sender);
        reservePrice = reserve;
        endTime = block.timestamp + biddingTime;
    }

    /// @notice The smallest bid that would be accepted now.
    function minimumBid() public view returns (uint256) {
        if (highestBid == 0) return reservePrice;
        return highestBid + (highestBid * MIN_INCREMENT_BPS) / 10_000;
    }

    /// @notice Bids the ether sent with the call.
    function bid() external payable {
        if (phase != Phase.Bidding || block.timestamp > endTime) revert AuctionAlreadyEnded();
        uint256 minimum = minimumBid();
        if (msg.value < minimum) revert BidTooLow(minimum);
        if (highestBidder != address(0)) {
            pendingReturns[highestBidder] += highestBid;
        }
        highestBidder = msg.sender;
        highestBid = msg.value;
        if (endTime - block.timestamp < EXTENSION) {
            endTime = block.timestamp + EXTENSION;
        }
        emit HighestBidIncreased(msg.sender, msg.value, endTime);
    }

    /// @notice Withdraws the caller's outbid amounts; returns false if the send failed.
    function withdraw() external returns (bool) {
        uint256 amount = pendingReturns[msg.sender];
        if (amount > 0) {
            pendingReturns[msg.sender] = 0;
            if (!payable(msg.sender).send(amount)) {
                // give it back: the bidder can try again, e.g. from another wallet setup
                pendingReturns[msg.sender] = amount;
                return false;
            }
        }
        return true;
    }

    /// @notice Ends the auction and pays the seller.
    function end() external {
        if (block.timestamp <= endTime) revert AuctionNotYetEnded(endTime);
        if (phase == Phase.Ended) revert AuctionAlreadyEnded();
        phase = Phase.Ended;
        emit AuctionEnded(highestBidder, highestBid);
        if (highestBid > 0) seller.transfer(highestBid);
    }
}
