// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title BlindAuction: sealed bids with commit and reveal
/// @notice During bidding, a bidder sends a deposit with the hash
/// keccak256(abi.encodePacked(value, fake, secret)). Fake bids hide the real ones. During the
/// reveal, bids are opened; a real bid counts if its deposit covers its value. Everything
/// else is refunded. Adapted from the Solidity documentation's example.
contract BlindAuction {
    struct Bid {
        bytes32 blindedBid;
        uint256 deposit;
    }

    /// @notice Who receives the winning bid.
    address payable public immutable beneficiary;
    /// @notice End of the bidding phase.
    uint256 public immutable biddingEnd;
    /// @notice End of the reveal phase.
    uint256 public immutable revealEnd;
    /// @notice True once `auctionEnd` ran.
    bool public ended;

    /// @notice Sealed bids of each bidder, in order.
    mapping(address => Bid[]) public bids;

    /// @notice Highest revealed bidder.
    address public highestBidder;
    /// @notice Highest revealed bid.
    uint256 public highestBid;

    // amounts to refund (outbid or unrevealed-valid deposits)
    mapping(address => uint256) private pendingReturns;

    event AuctionEnded(address winner, uint256 highestBid);
    event BidRevealed(address indexed bidder, uint256 value, bool fake, bool counted);

    error TooEarly(uint256 time);
    error TooLate(uint256 time);
    error AuctionEndAlreadyCalled();

    modifier onlyBefore(uint256 time) {
        if (block.timestamp >= time) revert TooLate(time);
        _;
    }

    modifier onlyAfter(uint256 time) {
        if (block.timestamp <= time) revert TooEarly(time);
        _;
    }

    /// @param biddingTime length of the bidding phase in seconds
    /// @param revealTime length of the reveal phase in seconds
    constructor(uint256 biddingTime, uint256 revealTime) {
        beneficiary = payable(msg.sender);
        biddingEnd = block.timestamp + biddingTime;
        revealEnd = biddingEnd + revealTime;
    }

    /// @notice The hash to submit for a bid (computed off-chain in practice).
    function blind(uint256 value, bool fake, bytes32 secret) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(value, fake, secret));
    }

    /// @notice Places a sealed bid; the deposit is `msg.value`.
    function bid(bytes32 blindedBid) external payable onlyBefore(biddingEnd) {
        bids[msg.sender].push(Bid(blindedBid, msg.value));
    }

    /// @notice Number of sealed bids of `bidder`.
    function bidCount(address bidder) external view returns (uint256) {
        return bids[bidder].length;
    }

    /// @notice Opens the caller's first `values.length` bids; refunds what does not count.
    function reveal(uint256[] memory values, bool[] memory fakes, bytes32[] memory secrets)
        external
        onlyAfter(biddingEnd)
        onlyBefore(revealEnd)
    {
        uint256 length = bids[msg.sender].length;
        require(values.length == length && fakes.length == length && secrets.length == length, "one entry per bid");
        uint256 refund;
        for (uint256 i = 0; i < length; i++) {
            Bid storage bidToCheck = bids[msg.sender][i];
            if (bidToCheck.blindedBid != blind(values[i], fakes[i], secrets[i])) {
                // not revealed correctly: the deposit stays locked
                continue;
            }
            refund += bidToCheck.deposit;
            bool counted = false;
            if (!fakes[i] && bidToCheck.deposit >= values[i]) {
                if (placeBid(msg.sender, values[i])) {
                    refund -= values[i];
                    counted = true;
                }
            }
            emit BidRevealed(msg.sender, values[i], fakes[i], counted);
            // make it impossible to reclaim the same deposit twice
            bidToCheck.blindedBid = bytes32(0);
        }
        payable(msg.sender).transfer(refund);
    }

    /// @notice Withdraws a bid that was overbid.
    function withdraw() external {
        uint256 amount = pendingReturns[msg.sender];
        if (amount > 0) {
            pendingReturns[msg.sender] = 0;
            payable(msg.sender).transfer(amount);
        }
    }

    /// @notice Ends the auction and sends the highest bid to the beneficiary.
    function auctionEnd() external onlyAfter(revealEnd) {
        if (ended) revert AuctionEndAlreadyCalled();
        emit AuctionEnded(highestBidder, highestBid);
        ended = true;
        beneficiary.transfer(highestBid);
    }

    function placeBid(address bidder, uint256 value) internal returns (bool success) {
        if (value <= highestBid) {
            return false;
        }
        if (highestBidder != address(0)) {
            pendingReturns[highestBidder] += highestBid;
        }
        highestBid = value;
        highestBidder = bidder;
        return true;
    }
}
